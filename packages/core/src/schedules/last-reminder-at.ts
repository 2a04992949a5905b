import type { ReminderRecord } from '../model/reminder.js';

/**
 * When the client was last reminded (ISO), manual or automatic, `null` if
 * never: what a summary's `lastReminderAt` says. An escalation goes to the
 * broker, not to the client, and does not count.
 */
export function lastReminderAt(reminders: readonly ReminderRecord[]): string | null {
  return reminders.reduce<string | null>(
    (latest, reminder) => (reminder.origin === 'escalation' || (latest !== null && reminder.sentAt <= latest) ? latest : reminder.sentAt),
    null,
  );
}
