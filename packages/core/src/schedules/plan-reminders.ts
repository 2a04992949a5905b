import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DueReminder, ReminderHistory, ReminderPlan, ReminderPlanStatus } from '../model/reminder-plan.js';
import type { ReminderPolicySettings } from '../model/reminder-policy.js';
import { isInSendWindow } from './is-in-send-window.js';
import { reminderProgress } from './reminder-progress.js';
import { sendWindowStart } from './send-window-start.js';

/**
 * What a dossier's schedule sends now, and when it sends next. Pure: the
 * caller gives the moment (core has no clock of its own), the policy (the
 * schedule's own copy, or another to see what it would do), the dossier, its
 * completeness at `now` and what was sent.
 *
 * Nothing is due unless the schedule is active, the dossier open (proposal or
 * contract), a required piece missing, and `now` inside the send window. Then
 * the due step is the latest one whose moment passed (see
 * `summarizeReminders`): after a pause or an outage, the steps missed meanwhile
 * are not sent one after the other, and each step goes at most once since the
 * step sent only moves forward. Once no step is left, the escalation to the
 * broker is due the same way, once.
 *
 * `nextAt` is the first moment, inside the window, at which something will be
 * due if nothing changes (`now` when something is due now), and `next` what.
 *
 * @example
 * const plan = planReminders(schedule.policy, dossier, computeCompleteness({ dossier, pieces, documents, now }), { schedule, reminders }, now);
 * if (plan.due?.kind === 'step') sendStep(plan.due.step);
 */
export function planReminders(
  policy: ReminderPolicySettings,
  dossier: Dossier,
  completeness: Completeness,
  history: ReminderHistory,
  now: Date,
): ReminderPlan {
  const progress = reminderProgress(policy, history);
  const counts = { sent: progress?.sent ?? 0, lastStep: progress?.lastStep ?? 0, steps: policy.steps.length };
  const idle = (status: ReminderPlanStatus): ReminderPlan => ({ status, due: null, nextAt: null, next: null, ...counts });
  if (!progress) return idle('unscheduled');
  if (dossier.phase !== 'proposal' && dossier.phase !== 'contract') return idle('closed');
  if (progress.schedule.state !== 'active') return idle(progress.schedule.state);
  if (completeness.complete) return idle('complete');

  const time = now.getTime();
  const planned = (status: ReminderPlanStatus, due: DueReminder, from: number): ReminderPlan => {
    if (from <= time && isInSendWindow(time, policy.window))
      return { status, due, nextAt: new Date(time).toISOString(), next: due, ...counts };
    const at = sendWindowStart(Math.max(from, time), policy.window);
    return { status, due: null, nextAt: at === null ? null : new Date(at).toISOString(), next: at === null ? null : due, ...counts };
  };

  if (progress.stepsLeft) {
    const first = progress.lastStep + 1;
    // The latest step whose moment passed: steps missed during a pause or an outage are not sent in a row.
    let step = first;
    while (step < policy.steps.length && progress.stepFrom(step + 1) <= time) step += 1;
    return planned('active', { kind: 'step', step }, progress.stepFrom(step));
  }
  const status = progress.escalated ? 'escalated' : 'exhausted';
  return progress.escalationFrom === null ? idle(status) : planned(status, { kind: 'escalation' }, progress.escalationFrom);
}
