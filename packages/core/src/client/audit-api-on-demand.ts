import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';

type AuditApi = DossierClient['audit'];

/**
 * `client.audit`, loaded on the first call rather than with the page (the audit element is
 * itself loaded after the first badges). Same answers and errors; a failed load rejects with
 * `storage-unavailable`. `load` is for tests. Internal.
 */
export function createAuditApiOnDemand(
  context: ClientContext,
  load: () => Promise<AuditApi> = async () => (await import('./audit-api.js')).createAuditApi(context),
): AuditApi {
  const api = clientPartOnDemand(context, load);
  return (...args) => api.call((audit) => audit(...args));
}
