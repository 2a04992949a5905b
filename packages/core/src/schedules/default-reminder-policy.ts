import type { ReminderPolicySettings } from '../model/reminder-policy.js';

/**
 * Dossier's built-in policy, for a cabinet that set none: reminders 3, 7 and
 * 14 days after the first request, three at most, on weekdays from 09:00 to
 * 18:00 Paris time, and the broker told 3 days after the last one (when a
 * schedule names a broker).
 */
export const DEFAULT_REMINDER_POLICY: ReminderPolicySettings = Object.freeze({
  enabled: true,
  steps: Object.freeze([3, 7, 14]),
  maxReminders: 3,
  window: Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5] as const), from: '09:00', to: '18:00', timeZone: 'Europe/Paris' }),
  escalation: Object.freeze({ afterDays: 3, to: null }),
});
