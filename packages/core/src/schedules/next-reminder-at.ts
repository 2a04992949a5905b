import type { DossierSummary } from '../model/dossier-summary.js';
import { sendWindowStart } from './send-window-start.js';

/**
 * When the next automatic reminder to the client is planned, as a summary
 * says, inside the send window and not before `now` (ISO); `null` when none is
 * (no schedule, paused or stopped, no step left, the dossier complete or
 * closed). For a list of summaries, such as the audit's rows; one dossier's
 * `client.reminders.plan` says the same and more.
 *
 * Give it the summary as it reads at `now` (`summaryAt(summary, now)`: the
 * audit's rows already are), since a document expiring makes a complete
 * dossier incomplete again.
 */
export function nextReminderAt(summary: DossierSummary, now: Date): string | null {
  const reminders = summary.reminders;
  if (!reminders || reminders.state !== 'active' || reminders.dueFrom === null) return null;
  if (summary.incomplete !== 1 || (summary.phase !== 'proposal' && summary.phase !== 'contract')) return null;
  const at = sendWindowStart(Math.max(Date.parse(reminders.dueFrom), now.getTime()), reminders.window);
  return at === null ? null : new Date(at).toISOString();
}
