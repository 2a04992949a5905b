import { isDossierError, type ReminderPolicy } from '@dossier/core';
import { CABINET_POLICY_ID, validateReminderPolicy } from '@dossier/core/adapter';
import { forged } from '../forged.js';
import { sameJson } from '../same-json.js';
import { recordFields, storedText, timestamp, wholeNumber } from './record-fields.js';

/** The fields of a policy's settings, as core validates them. */
const SETTINGS = ['enabled', 'steps', 'maxReminders', 'window', 'escalation'] as const;

/**
 * A reminder policy as `client.reminderPolicies.put` stores it: the settings
 * exactly as core's `validateReminderPolicy` writes them (canonical time
 * zone, steps increasing…), a risk type's id or `*`, when, its revision.
 */
export function checkReminderPolicyShape(value: unknown): ReminderPolicy {
  const record = recordFields(value, 'reminderPolicy', ['id', ...SETTINGS, 'updatedAt', 'revision']);
  if (record['id'] !== CABINET_POLICY_ID) storedText(record['id'], 'reminderPolicy.id');
  const settings = Object.fromEntries(SETTINGS.map((key) => [key, record[key]]));
  checkSettings(settings, 'reminderPolicy');
  timestamp(record['updatedAt'], 'reminderPolicy.updatedAt');
  wholeNumber(record['revision'], 'reminderPolicy.revision', 1);
  return value as ReminderPolicy;
}

/** Policy settings exactly as core validates them. */
export function checkSettings(settings: unknown, field: string): void {
  try {
    const valid = validateReminderPolicy(settings, 'en', field);
    if (!sameJson(valid, settings)) throw forged('the policy is not as core writes it', field);
  } catch (error) {
    if (isDossierError(error) && !String(error.details.reason ?? '').startsWith('forged'))
      throw forged(`${String(error.details.field ?? field)} is not valid`, field);
    throw error;
  }
}
