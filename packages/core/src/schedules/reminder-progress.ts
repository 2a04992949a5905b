import type { ReminderHistory } from '../model/reminder-plan.js';
import type { ReminderPolicySettings } from '../model/reminder-policy.js';
import type { ReminderSchedule } from '../model/reminder-schedule.js';
import { REMINDER_GAP_MS } from './reminder-gap.js';

const DAY = 86_400_000;

/** How far a schedule went, read from its history. Internal to the planning functions. */
export interface ReminderProgress {
  readonly schedule: ReminderSchedule;
  /** Reminders to the client since the schedule started, manual ones included. */
  readonly sent: number;
  /** The last automatic step sent since the start (0: none). */
  readonly lastStep: number;
  /** When the client was last reminded since the start (milliseconds), `null`: not yet. */
  readonly lastSent: number | null;
  readonly escalated: boolean;
  /** A step is left: the last one did not go, and the client got fewer than `maxReminders`. */
  readonly stepsLeft: boolean;
  /** Whom the escalation goes to, `null`: nobody is named. */
  readonly escalateTo: string | null;
  /**
   * Earliest moment step `step` may go (milliseconds): its day after the
   * start, moved by the time spent paused, and a day after the last reminder.
   */
  stepFrom(step: number): number;
  /** Earliest moment the escalation may go (milliseconds), `null` when none is planned or it went. */
  readonly escalationFrom: number | null;
}

/**
 * Reads a schedule's history: only reminders sent since it started count
 * (starting again starts over); escalations go to the broker, not to the
 * client. `null` without a schedule.
 */
export function reminderProgress(policy: ReminderPolicySettings, history: ReminderHistory): ReminderProgress | null {
  const { schedule } = history;
  if (!schedule) return null;
  const start = Date.parse(schedule.startedAt);
  const since = history.reminders.filter((reminder) => Date.parse(reminder.sentAt) >= start);
  const toClient = since.filter((reminder) => reminder.origin !== 'escalation');
  const lastStep = since.reduce(
    (last, reminder) => (reminder.origin === 'automatic' && typeof reminder.step === 'number' ? Math.max(last, reminder.step) : last),
    0,
  );
  const lastSent = toClient.reduce<number | null>(
    (last, reminder) => Math.max(last ?? Number.NEGATIVE_INFINITY, Date.parse(reminder.sentAt)),
    null,
  );
  const escalated = since.some((reminder) => reminder.origin === 'escalation');
  const stepsLeft = lastStep < policy.steps.length && toClient.length < policy.maxReminders;
  const escalateTo = schedule.escalateTo ?? policy.escalation?.to ?? null;
  const stepFrom = (step: number): number => {
    const planned = start + (policy.steps[step - 1] ?? Number.POSITIVE_INFINITY) * DAY + schedule.pausedMs;
    return lastSent === null ? planned : Math.max(planned, lastSent + REMINDER_GAP_MS);
  };
  const escalationFrom =
    !stepsLeft && policy.escalation && escalateTo && !escalated && lastSent !== null ? lastSent + policy.escalation.afterDays * DAY : null;
  return { schedule, sent: toClient.length, lastStep, lastSent, escalated, stepsLeft, escalateTo, stepFrom, escalationFrom };
}
