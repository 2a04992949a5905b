import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';
import { createDocumentsReadsApi } from './documents-reads-api.js';

type DocumentsApi = DossierClient['documents'];

/**
 * `client.documents`: its reads with the page, its writes (intake, classification, review) loaded
 * on their first call. Same answers and errors; a failed load rejects with `storage-unavailable`.
 * `load` is for tests. Internal.
 */
export function createDocumentsApiOnDemand(
  context: ClientContext,
  load: () => Promise<DocumentsApi> = async () => (await import('./documents-api.js')).createDocumentsApi(context),
): DocumentsApi {
  const writes = clientPartOnDemand(context, load);
  return {
    ...createDocumentsReadsApi(context),
    ...writes.methods('add', 'classify', 'archive', 'remove', 'accept', 'reject'),
  };
}
