import { isValidEmail, type ReminderSchedule } from '@dossier/core';
import { forged } from '../forged.js';
import { checkSettings } from './check-reminder-policy-shape.js';
import { recordFields, storedText, timestamp, timestampOrNull, wholeNumber } from './record-fields.js';

const STATES: readonly unknown[] = ['active', 'paused', 'stopped'];
const STOP_REASONS: readonly unknown[] = [null, 'client', 'broker'];

/**
 * A dossier's reminder schedule as `client.reminders.schedule`/`pause`/
 * `resume`/`stop` write it: keyed by its dossier, a valid copy of a policy,
 * a known state whose dates agree with it.
 */
export function checkReminderScheduleShape(value: unknown): ReminderSchedule {
  const record = recordFields(value, 'reminderSchedule', [
    'id',
    'dossierId',
    'policy',
    'startedAt',
    'state',
    'pausedAt',
    'pausedMs',
    'stoppedAt',
    'stopReason',
    'escalateTo',
    'locale',
    'updatedAt',
    'revision',
  ]);
  storedText(record['id'], 'reminderSchedule.id');
  if (record['dossierId'] !== record['id']) throw forged('a schedule is keyed by its dossier', 'reminderSchedule.dossierId');
  checkSettings(record['policy'], 'reminderSchedule.policy');
  timestamp(record['startedAt'], 'reminderSchedule.startedAt');
  if (!STATES.includes(record['state'])) throw forged('unknown state', 'reminderSchedule.state');
  const pausedAt = timestampOrNull(record['pausedAt'], 'reminderSchedule.pausedAt');
  if ((pausedAt !== null) !== (record['state'] === 'paused'))
    throw forged('pausedAt is set when paused, only', 'reminderSchedule.pausedAt');
  wholeNumber(record['pausedMs'], 'reminderSchedule.pausedMs');
  const stoppedAt = timestampOrNull(record['stoppedAt'], 'reminderSchedule.stoppedAt');
  if (!STOP_REASONS.includes(record['stopReason'])) throw forged('unknown stop reason', 'reminderSchedule.stopReason');
  if ((stoppedAt !== null) !== (record['state'] === 'stopped') || (record['stopReason'] !== null) !== (record['state'] === 'stopped')) {
    throw forged('stoppedAt and stopReason are set when stopped, only', 'reminderSchedule.stoppedAt');
  }
  const escalateTo = record['escalateTo'];
  if (escalateTo !== null && (typeof escalateTo !== 'string' || escalateTo.length > 254 || !isValidEmail(escalateTo)))
    throw forged('escalateTo is an address or null', 'reminderSchedule.escalateTo');
  storedText(record['locale'], 'reminderSchedule.locale', 35);
  timestamp(record['updatedAt'], 'reminderSchedule.updatedAt');
  wholeNumber(record['revision'], 'reminderSchedule.revision', 1);
  return value as ReminderSchedule;
}
