import type { ReminderRecord } from './reminder.js';
import type { ReminderSchedule } from './reminder-schedule.js';

/** What is recorded of a dossier's reminders: its schedule (if one was started) and every reminder sent. */
export interface ReminderHistory {
  readonly schedule: ReminderSchedule | null;
  /** In any order. */
  readonly reminders: readonly ReminderRecord[];
}

/** What is due now: the automatic reminder of a step (1 is the first), or the escalation to the broker. */
export type DueReminder = { readonly kind: 'step'; readonly step: number } | { readonly kind: 'escalation' };

/**
 * Where a dossier's automatic reminders stand:
 * - `unscheduled`: no schedule was started;
 * - `active`: a step is still to come;
 * - `paused` / `stopped`: a person paused them, or they were stopped (client or broker);
 * - `closed`: the dossier is archived or lost;
 * - `complete`: no required piece is missing, nothing goes (they resume if a document expires);
 * - `exhausted`: every step went (or the maximum was reached) and pieces are still missing;
 *   an escalation may still be due;
 * - `escalated`: exhausted, and the broker was told.
 */
export type ReminderPlanStatus = 'unscheduled' | 'active' | 'paused' | 'stopped' | 'closed' | 'complete' | 'exhausted' | 'escalated';

/** The answer of `planReminders`: what to send now, and when the next send is planned. */
export interface ReminderPlan {
  readonly status: ReminderPlanStatus;
  /** What to send now, or `null`. */
  readonly due: DueReminder | null;
  /**
   * When the next send is planned, inside the send window (ISO): `now` when
   * something is due, else the first moment it will be; `null` when nothing
   * more is planned.
   */
  readonly nextAt: string | null;
  /** What the next send will be (the one due now, or the one at `nextAt`). */
  readonly next: DueReminder | null;
  /** Reminders the client received since the schedule started, manual ones included. */
  readonly sent: number;
  /** The last automatic step sent since the schedule started (0: none). */
  readonly lastStep: number;
  /** Steps of the schedule's policy. */
  readonly steps: number;
}
