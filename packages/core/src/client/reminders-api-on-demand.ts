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
  return {
    compose: (...args) => api.call((reminders) => reminders.compose(...args)),
    send: (...args) => api.call((reminders) => reminders.send(...args)),
    list: (...args) => api.call((reminders) => reminders.list(...args)),
    schedule: (...args) => api.call((reminders) => reminders.schedule(...args)),
    pause: (...args) => api.call((reminders) => reminders.pause(...args)),
    resume: (...args) => api.call((reminders) => reminders.resume(...args)),
    stop: (...args) => api.call((reminders) => reminders.stop(...args)),
    plan: (...args) => api.call((reminders) => reminders.plan(...args)),
    due: (...args) => api.call((reminders) => reminders.due(...args)),
    record: (...args) => api.call((reminders) => reminders.record(...args)),
  };
}
