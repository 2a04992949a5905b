import type { SendWindow } from './reminder-policy.js';
import type { ReminderScheduleState } from './reminder-schedule.js';

/**
 * What a dossier's summary keeps of its automatic reminders, independent of
 * time and of the time zone: moments before their send window is applied, so
 * that any reader (a browser, the server re-checking a commit) computes the
 * same summary. `nextReminderAt(summary, now)` places them in the window.
 */
export interface SummaryReminders {
  readonly state: ReminderScheduleState;
  /** Earliest moment the next automatic step may go, before the window (ISO); `null`: no step left. */
  readonly dueFrom: string | null;
  /** Earliest moment the escalation may go, before the window (ISO); `null`: none planned, or it went. */
  readonly escalationFrom: string | null;
  readonly window: SendWindow;
  /** Reminders the client received since the schedule started, manual ones included. */
  readonly sent: number;
  /** The last automatic step sent (0: none). */
  readonly lastStep: number;
  /** Steps of the schedule's policy. */
  readonly steps: number;
}
