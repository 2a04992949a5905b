import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';

type PortalApi = DossierClient['portal'];

/**
 * `client.portal`, its code (the portal view, file names from the client's device) loaded on the
 * first call rather than with the page. Same answers and errors; a failed load rejects with
 * `storage-unavailable`. `load` is for tests. Internal.
 */
export function createPortalApiOnDemand(
  context: ClientContext,
  load: () => Promise<PortalApi> = async () => (await import('./portal-api.js')).createPortalApi(context),
): PortalApi {
  const api = clientPartOnDemand(context, load);
  return api.methods('view', 'allowUpload', 'upload');
}
