/**
 * Least time between two reminders to one client, manual or automatic: a
 * step that falls less than a day after a reminder a broker sent by hand waits
 * until that day has passed, so the client never gets two in a row.
 */
export const REMINDER_GAP_MS = 86_400_000;
