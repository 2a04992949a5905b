import type { ReminderHistory } from '../model/reminder-plan.js';
import type { ReminderPolicySettings } from '../model/reminder-policy.js';
import type { SummaryReminders } from '../model/summary-reminders.js';
import { reminderProgress } from './reminder-progress.js';

const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

/**
 * What a dossier's summary keeps of its reminders: the schedule's state, the
 * earliest moments of the next step and of the escalation (before the send
 * window), and the counts. Pure, and the same at any moment and in any time
 * zone; `null` without a schedule.
 *
 * Only the reminders sent since the schedule started count (starting again
 * starts over). Step `k` may go `steps[k-1]` days after the start, moved by
 * the time spent paused, and never less than a day after the previous reminder
 * to the client (`REMINDER_GAP_MS`). No step is left once the last one went or
 * the client received `maxReminders` reminders. The escalation may go
 * `escalation.afterDays` after the last reminder once no step is left, when
 * somebody is named to receive it and it did not go yet.
 */
export function summarizeReminders(policy: ReminderPolicySettings, history: ReminderHistory): SummaryReminders | null {
  const progress = reminderProgress(policy, history);
  if (!progress) return null;
  return {
    state: progress.schedule.state,
    dueFrom: progress.stepsLeft ? iso(progress.stepFrom(progress.lastStep + 1)) : null,
    escalationFrom: iso(progress.escalationFrom),
    window: policy.window,
    sent: progress.sent,
    lastStep: progress.lastStep,
    steps: policy.steps.length,
  };
}
