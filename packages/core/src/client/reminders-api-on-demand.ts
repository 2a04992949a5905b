import type { ClientContext } from './client-context.js';
import { clientPartOnDemand } from './client-part-on-demand.js';
import type { DossierClient } from './dossier-client.js';

type RemindersApi = DossierClient['reminders'];

/**
 * `client.reminders`, its code (drafts, schedules, the reminder e-mail, plans) loaded on the first
 * call rather than with the page. Same answers and errors; a failed load rejects with
 * `storage-unavailable`. `load` is for tests. Internal.
 */
export function createRemindersApiOnDemand(
  context: ClientContext,
  load: () => Promise<RemindersApi> = async () => (await import('./reminders-api.js')).createRemindersApi(context),
): RemindersApi {
  const api = clientPartOnDemand(context, load);
  return api.methods('compose', 'send', 'list', 'schedule', 'pause', 'resume', 'stop', 'plan', 'due', 'record');
}
