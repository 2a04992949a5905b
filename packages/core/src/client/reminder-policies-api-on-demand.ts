import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';

type ReminderPoliciesApi = DossierClient['reminderPolicies'];

/**
 * `client.reminderPolicies`, its code (the policy's validation) loaded on the first call rather
 * than with the page. Same answers and errors; a failed load rejects with `storage-unavailable`.
 * `load` is for tests. Internal.
 */
export function createReminderPoliciesApiOnDemand(
  context: ClientContext,
  load: () => Promise<ReminderPoliciesApi> = async () => (await import('./reminder-policies-api.js')).createReminderPoliciesApi(context),
): ReminderPoliciesApi {
  const api = clientPartOnDemand(context, load);
  return api.methods('get', 'put', 'remove');
}
