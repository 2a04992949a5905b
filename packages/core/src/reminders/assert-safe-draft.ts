import { DossierError } from '../errors/dossier-error.js';
import type { DossierReason } from '../errors/dossier-reason.js';
import type { Locale } from '../i18n/locale.js';
import type { ReminderDraft } from '../model/reminder.js';
import { isValidEmail } from './is-valid-email.js';
import { unsafeHeaderCharacters } from './unsafe-header-characters.js';

/** Longest body accepted, in UTF-16 code units, after trimming. */
const MAX_BODY_LENGTH = 100_000;
/** Longest subject accepted: a header line stays well under RFC 5322's 998 characters once encoded. */
const MAX_SUBJECT_LENGTH = 500;
/** Bidi embeddings, overrides and isolates: in a header they make a subject or an address read in another order. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** A UTF-16 surrogate without its partner: `encodeURIComponent` throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks a reminder before it leaves core and returns a trimmed copy.
 *
 * - `to` or `subject` holding CR, LF, any other control character, U+2028/U+2029
 *   or a bidi embedding/override/isolate (U+202A–U+202E, U+2066–U+2069)
 *   → `unsafe-header` (`field`); checked before trimming, so a trailing line break is refused too.
 * - `to` not one valid address ({@link isValidEmail}) → `unsafe-header` (`field: 'to'`, `reason`).
 * - `subject` or `body` empty, not text, or malformed; `subject` longer than 500
 *   or `body` longer than 100 000 characters; `pieceIds` not an array of strings → `invalid-input` (`field`).
 *
 * @example
 * assertSafeDraft({ to: 'victim@x.fr\r\nBcc: all@x.fr', subject: 's', body: 'b', pieceIds: [] })
 * // throws DossierError 'unsafe-header' { field: 'to' }
 */
export function assertSafeDraft(draft: ReminderDraft, locale: Locale = 'fr'): ReminderDraft {
  const fail = (code: 'invalid-input' | 'unsafe-header', field: string, reason: DossierReason): never => {
    throw new DossierError(code, { field, reason }, { locale });
  };
  if (typeof draft !== 'object' || draft === null) fail('invalid-input', 'draft', { key: 'mustBeText' });

  const header = (field: 'to' | 'subject'): string => {
    const value: unknown = draft[field];
    if (typeof value !== 'string') return fail('invalid-input', field, { key: 'mustBeText' });
    if (unsafeHeaderCharacters().test(value)) return fail('unsafe-header', field, { key: 'lineBreak' });
    if (BIDI_CONTROL.test(value)) return fail('unsafe-header', field, { key: 'bidiControl' });
    return value.trim();
  };

  const to = header('to');
  if (!isValidEmail(to)) fail('unsafe-header', 'to', { key: 'invalidEmail' });

  const subject = header('subject');
  if (subject === '') fail('invalid-input', 'subject', { key: 'empty' });
  if (subject.length > MAX_SUBJECT_LENGTH) fail('invalid-input', 'subject', { key: 'tooLong', max: MAX_SUBJECT_LENGTH });
  if (LONE_SURROGATE.test(subject)) fail('invalid-input', 'subject', { key: 'loneSurrogate' });

  const rawBody: unknown = draft.body;
  if (typeof rawBody !== 'string') return fail('invalid-input', 'body', { key: 'mustBeText' });
  const body = rawBody.trim();
  if (body === '') fail('invalid-input', 'body', { key: 'empty' });
  if (body.length > MAX_BODY_LENGTH) fail('invalid-input', 'body', { key: 'tooLong', max: MAX_BODY_LENGTH });
  if (LONE_SURROGATE.test(body)) fail('invalid-input', 'body', { key: 'loneSurrogate' });

  const pieceIds: unknown = draft.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every((id): id is string => typeof id === 'string')) {
    fail('invalid-input', 'pieceIds', { key: 'pieceIdList' });
  }

  return { to, subject, body, pieceIds: [...(pieceIds as string[])] };
}
