import type { Locale } from '../i18n/locale.js';
import type { ReminderPolicySettings } from './reminder-policy.js';

/** Where a dossier's automatic reminders stand: running, paused by a person, or stopped for good. */
export type ReminderScheduleState = 'active' | 'paused' | 'stopped';

/** Who stopped a schedule: the client (the e-mail's unsubscribe link) or the broker. */
export type ReminderStopReason = 'client' | 'broker';

/**
 * The automatic reminders of one dossier (record kind `reminderSchedule`, its
 * id is the dossier's). It keeps a copy of the policy in force when it
 * started, so that editing a policy never sends a burst of reminders that
 * became overdue under the new steps: starting the schedule again takes the
 * current policy.
 */
export interface ReminderSchedule {
  /** The dossier's id. */
  readonly id: string;
  readonly dossierId: string;
  readonly policy: ReminderPolicySettings;
  /** The first request: steps count from here (ISO timestamp). */
  readonly startedAt: string;
  readonly state: ReminderScheduleState;
  /** Since when it is paused (ISO), `null` unless paused. */
  readonly pausedAt: string | null;
  /** Time spent paused before now, in milliseconds: every step moves by it. */
  readonly pausedMs: number;
  readonly stoppedAt: string | null;
  readonly stopReason: ReminderStopReason | null;
  /** The broker in charge, told after the last step; `null`: the policy's address. */
  readonly escalateTo: string | null;
  /** Language of the e-mails sent to the client. */
  readonly locale: Locale;
  readonly updatedAt: string;
  readonly revision: number;
}
