import { DossierError } from '../errors/dossier-error.js';
import type { DossierReason } from '../errors/dossier-reason.js';
import type { Locale } from '../i18n/locale.js';
import type { IsoWeekday, ReminderPolicySettings, SendWindow } from '../model/reminder-policy.js';
import { isValidEmail } from '../reminders/is-valid-email.js';
import { canonicalTimeZone } from './canonical-time-zone.js';
import { minutesOfTimeOfDay } from './minutes-of-time-of-day.js';

/** Bounds of a policy, shared by the validation and the editor. */
export const REMINDER_POLICY_LIMITS = Object.freeze({ maxSteps: 10, maxStepDays: 365, maxReminders: 20, maxEscalationDays: 60 });

const FIELDS = ['enabled', 'steps', 'maxReminders', 'window', 'escalation'] as const;
const WINDOW_FIELDS = ['days', 'from', 'to', 'timeZone'] as const;
const ESCALATION_FIELDS = ['afterDays', 'to'] as const;

/**
 * A reminder policy as core stores it, from any input (a form, JSON from a
 * server): exactly its fields, steps strictly increasing whole days, a window
 * that opens (an allowed day, `from` before `to`, a time zone `Intl` knows,
 * written canonically), an escalation address that is one valid e-mail
 * address. Returns a fresh, frozen copy.
 *
 * @throws DossierError `invalid-input` naming the first wrong field (`policy.window.to`…) and why.
 * @example
 * validateReminderPolicy({ enabled: true, steps: [3, 7, 14], maxReminders: 3,
 *   window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' }, escalation: null });
 */
export function validateReminderPolicy(input: unknown, locale: Locale = 'fr', field = 'policy'): ReminderPolicySettings {
  const fail = (at: string, reason: DossierReason | string): never => {
    throw new DossierError('invalid-input', { field: at, reason }, { locale });
  };
  const object = (value: unknown, at: string, keys: readonly string[]): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, 'an object');
    const extra = Object.keys(value).find((key) => !keys.includes(key));
    if (extra !== undefined) fail(`${at}.${extra.slice(0, 40)}`, 'unknown field');
    return value as Record<string, unknown>;
  };
  const raw = object(input, field, FIELDS);
  if (typeof raw['enabled'] !== 'boolean') fail(`${field}.enabled`, 'true or false');

  const steps = raw['steps'];
  const { maxSteps, maxStepDays, maxReminders, maxEscalationDays } = REMINDER_POLICY_LIMITS;
  if (
    !Array.isArray(steps) ||
    steps.length < 1 ||
    steps.length > maxSteps ||
    !steps.every((day, index) => Number.isSafeInteger(day) && day >= 1 && day <= maxStepDays && (index === 0 || day > steps[index - 1]))
  ) {
    fail(`${field}.steps`, { key: 'reminderSteps' });
  }
  const count = raw['maxReminders'];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1 || count > maxReminders)
    fail(`${field}.maxReminders`, { key: 'reminderCount' });

  const window = validateWindow(object(raw['window'], `${field}.window`, WINDOW_FIELDS), `${field}.window`, fail);

  let escalation: ReminderPolicySettings['escalation'] = null;
  if (raw['escalation'] !== null) {
    const given = object(raw['escalation'], `${field}.escalation`, ESCALATION_FIELDS);
    const days = given['afterDays'];
    if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 0 || days > maxEscalationDays)
      fail(`${field}.escalation.afterDays`, { key: 'escalationDays' });
    const to = given['to'];
    if (to !== null && (typeof to !== 'string' || !isValidEmail(to.trim()))) fail(`${field}.escalation.to`, { key: 'invalidEmail' });
    escalation = Object.freeze({ afterDays: days as number, to: to === null ? null : (to as string).trim() });
  }
  return Object.freeze({
    enabled: raw['enabled'] as boolean,
    steps: Object.freeze([...(steps as number[])]),
    maxReminders: count as number,
    window,
    escalation,
  });
}

function validateWindow(raw: Record<string, unknown>, at: string, fail: (at: string, reason: DossierReason | string) => never): SendWindow {
  const days = raw['days'];
  if (
    !Array.isArray(days) ||
    days.length < 1 ||
    !days.every((day, index) => Number.isSafeInteger(day) && day >= 1 && day <= 7 && (index === 0 || day > days[index - 1]))
  ) {
    fail(`${at}.days`, { key: 'weekdays' });
  }
  const from = minutesOfTimeOfDay(raw['from'] as string);
  if (Number.isNaN(from) || from >= 24 * 60) fail(`${at}.from`, { key: 'timeOfDay' });
  const to = minutesOfTimeOfDay(raw['to'] as string);
  if (Number.isNaN(to)) fail(`${at}.to`, { key: 'timeOfDay' });
  if (to <= from) fail(`${at}.to`, { key: 'sendWindow' });
  const timeZone = typeof raw['timeZone'] === 'string' ? canonicalTimeZone(raw['timeZone']) : null;
  if (timeZone === null) return fail(`${at}.timeZone`, { key: 'timeZone' });
  return Object.freeze({
    days: Object.freeze([...(days as IsoWeekday[])]),
    from: raw['from'] as string,
    to: raw['to'] as string,
    timeZone,
  });
}
