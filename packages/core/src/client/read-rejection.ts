import { REJECTION_REASONS, type RejectionReason } from '../model/document-review.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DocumentRejection } from './dossier-client.js';

/** Longest note a broker writes to the client about a refused document. */
const MAX_NOTE_LENGTH = 500;

/**
 * The reason and note of a refusal, checked: a known reason, and a note (one line, at most 500
 * characters) that `other` requires. Internal.
 */
export function readRejection(context: ClientContext, rejection: DocumentRejection): { reason: RejectionReason; note: string | null } {
  const raw = rejection as { reason?: unknown; note?: unknown } | null;
  if (!raw || typeof raw !== 'object') throw context.fail('invalid-input', { field: 'rejection' });
  if (typeof raw.reason !== 'string' || !REJECTION_REASONS.includes(raw.reason as RejectionReason)) {
    throw context.fail('invalid-input', { field: 'reason', reason: REJECTION_REASONS.join(', ') });
  }
  const reason = raw.reason as RejectionReason;
  const note =
    raw.note === undefined || raw.note === null
      ? ''
      : requireText(raw.note, 'note', context.locale, { max: MAX_NOTE_LENGTH, allowEmpty: reason !== 'other' });
  if (reason === 'other' && note === '') throw context.fail('invalid-input', { field: 'note', reason: { key: 'empty' } });
  return { reason, note: note === '' ? null : note };
}
