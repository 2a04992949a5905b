import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';

type UploadLinksApi = DossierClient['uploadLinks'];

/**
 * `client.uploadLinks`, its code (tokens, link states, what was received through a link) loaded on
 * the first call rather than with the page; `hasPortalUrl`, read without a call, is here at once.
 * Same answers and errors; a failed load rejects with `storage-unavailable`. `load` is for tests.
 * Internal.
 */
export function createUploadLinksApiOnDemand(
  context: ClientContext,
  load: () => Promise<UploadLinksApi> = async () => (await import('./upload-links-api.js')).createUploadLinksApi(context),
): UploadLinksApi {
  const api = clientPartOnDemand(context, load);
  return {
    hasPortalUrl: context.portalUrl !== undefined,
    ...api.methods('create', 'list', 'revoke'),
  };
}
