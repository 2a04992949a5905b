import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';
import { createDossiersReadsApi } from './dossiers-reads-api.js';

type DossiersApi = DossierClient['dossiers'];

/**
 * `client.dossiers`: `get` with the page, the lifecycle's writes loaded on their first call. Same
 * answers and errors; a failed load rejects with `storage-unavailable`. `load` is for tests.
 * Internal.
 */
export function createDossiersApiOnDemand(
  context: ClientContext,
  load: () => Promise<DossiersApi> = async () => (await import('./dossiers-api.js')).createDossiersApi(context),
): DossiersApi {
  const writes = clientPartOnDemand(context, load);
  return {
    ...createDossiersReadsApi(context),
    ...writes.methods('open', 'setStage', 'convert', 'markLost', 'archive', 'waive', 'unwaive'),
  };
}
