import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';
import { createPiecesReadsApi } from './pieces-reads-api.js';

type PiecesApi = DossierClient['pieces'];

/**
 * `client.pieces`: its reads with the page, the catalogue's writes (and the validation of pieces
 * and their conditions) loaded on their first call. Same answers and errors; a failed load rejects
 * with `storage-unavailable`. `load` is for tests. Internal.
 */
export function createPiecesApiOnDemand(
  context: ClientContext,
  load: () => Promise<PiecesApi> = async () => (await import('./pieces-api.js')).createPiecesApi(context),
): PiecesApi {
  const writes = clientPartOnDemand(context, load);
  return {
    ...createPiecesReadsApi(context),
    ...writes.methods('add', 'update', 'remove', 'reorder'),
  };
}
