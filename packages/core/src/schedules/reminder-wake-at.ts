import type { DossierSummary } from '../model/dossier-summary.js';

/**
 * The earliest moment something may be due for a dossier, as its stored
 * summary says, before the send window is applied; `null` when nothing can
 * become due without a new write. A scheduler indexes it (the PostgreSQL
 * storage keeps it beside each summary) to wake only for those dossiers, then
 * asks `planReminders` what is due.
 *
 * A dossier complete when its summary was written may become incomplete when
 * a document expires (`staleAt`): it wakes then, not before.
 */
export function reminderWakeAt(summary: DossierSummary): string | null {
  const reminders = summary.reminders;
  if (!reminders || reminders.state !== 'active') return null;
  if (summary.phase !== 'proposal' && summary.phase !== 'contract') return null;
  const from = reminders.dueFrom ?? reminders.escalationFrom;
  if (from === null) return null;
  if (summary.incomplete === 1) return from;
  if (summary.staleAt === null) return null;
  return Date.parse(summary.staleAt) > Date.parse(from) ? summary.staleAt : from;
}
