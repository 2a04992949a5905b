import { assertSafeDraft, isDossierError, type ReminderRecord } from '@dossier/core';
import { forged } from '../forged.js';
import { recordFields, storedText, timestamp, wholeNumber } from './record-fields.js';

/** A reminder as `client.reminders.send` (or `record`, for an automatic one) records it: a safe draft, its transport, when, who sent it. */
export function checkReminderShape(value: unknown): ReminderRecord {
  const record = recordFields(
    value,
    'reminder',
    ['id', 'dossierId', 'to', 'subject', 'body', 'pieceIds', 'transport', 'sentAt', 'revision'],
    ['origin', 'step'],
  );
  storedText(record['id'], 'reminder.id');
  storedText(record['dossierId'], 'reminder.dossierId');
  try {
    const safe = assertSafeDraft(
      { to: record['to'], subject: record['subject'], body: record['body'], pieceIds: record['pieceIds'] } as Parameters<
        typeof assertSafeDraft
      >[0],
      'en',
    );
    if (safe.to !== record['to'] || safe.subject !== record['subject'] || safe.body !== record['body'])
      throw forged('the draft is not as core cleans it', 'reminder');
  } catch (error) {
    if (isDossierError(error) && !String(error.details.reason ?? '').startsWith('forged'))
      throw forged(`${error.details.field ?? 'draft'} is not safe`, 'reminder');
    throw error;
  }
  if ((record['pieceIds'] as unknown[]).length > 200) throw forged('too many pieces', 'reminder.pieceIds');
  storedText(record['transport'], 'reminder.transport', 100);
  timestamp(record['sentAt'], 'reminder.sentAt');
  wholeNumber(record['revision'], 'reminder.revision', 1);
  // Automatic reminders say which step of the schedule they are; manual ones and escalations none.
  const origin = record['origin'];
  if (origin !== undefined && origin !== 'manual' && origin !== 'automatic' && origin !== 'escalation')
    throw forged('unknown origin', 'reminder.origin');
  if ((origin === 'automatic') !== Object.hasOwn(record, 'step'))
    throw forged('an automatic reminder, only, names its step', 'reminder.step');
  if (origin === 'automatic') wholeNumber(record['step'], 'reminder.step', 1, 10);
  return value as ReminderRecord;
}
