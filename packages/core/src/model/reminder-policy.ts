/** A day of the week as ISO 8601 numbers it: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * When automatic reminders may leave, in the cabinet's time zone: on `days`,
 * from `from` (inclusive) to `to` (exclusive), local wall-clock times.
 * Daylight-saving days are handled by the wall clock: a window from 09:00 is
 * open from 09:00 local time whatever the offset that day.
 */
export interface SendWindow {
  /** Days of the week, distinct, in increasing order. */
  readonly days: readonly IsoWeekday[];
  /** Opening time, `HH:MM` (24-hour clock). */
  readonly from: string;
  /** Closing time, `HH:MM`, later than `from` (`24:00` for midnight). */
  readonly to: string;
  /** IANA time zone, e.g. `Europe/Paris`. */
  readonly timeZone: string;
}

/** Who hears about a client who did not answer, once every step was sent. */
export interface ReminderEscalation {
  /** Days after the last reminder before the broker in charge is told (0–60). */
  readonly afterDays: number;
  /**
   * Where to write when the dossier's schedule names nobody (`escalateTo`):
   * a cabinet address, or `null` to escalate only where a schedule names a broker.
   */
  readonly to: string | null;
}

/** What a reminder policy says: when automatic reminders go, how many, and who is told after the last one. */
export interface ReminderPolicySettings {
  /** Whether schedules may be started for dossiers of this risk type. */
  readonly enabled: boolean;
  /** Days after the first request of each automatic reminder: whole days, strictly increasing, 1 to 10 of them. */
  readonly steps: readonly number[];
  /** Most reminders a client receives from the first request on, manual ones included (1–20). */
  readonly maxReminders: number;
  readonly window: SendWindow;
  /** Tell the broker in charge after the last step, or `null` never. */
  readonly escalation: ReminderEscalation | null;
}

/**
 * A stored reminder policy (record kind `reminderPolicy`): the policy of one
 * risk type (`id` is the risk type's id) or the cabinet-wide default (`id` is
 * `*`). A dossier's schedule copies the policy in force when it starts.
 */
export interface ReminderPolicy extends ReminderPolicySettings {
  /** The risk type's id, or `*` for the cabinet-wide default. */
  readonly id: string;
  readonly updatedAt: string;
  readonly revision: number;
}

/** Where an effective policy comes from: the risk type's own, the cabinet's default, or Dossier's built-in default. */
export type ReminderPolicySource = 'riskType' | 'cabinet' | 'default';

/** The policy that applies to a risk type, and where it comes from. */
export interface EffectiveReminderPolicy {
  readonly policy: ReminderPolicySettings;
  readonly source: ReminderPolicySource;
}
