import { DossierError } from '../errors/dossier-error.js';
import type { LocalizedText } from '../i18n/localized-text.js';
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

const REASONS = {
  fr: {
    notText: 'doit être un texte',
    lineBreak: 'retour à la ligne ou caractère de contrôle',
    email: 'adresse e-mail invalide',
    empty: 'ne doit pas être vide',
    tooLong: `trop long (${MAX_BODY_LENGTH.toLocaleString('fr-FR')} caractères au maximum)`,
    subjectTooLong: `trop long (${MAX_SUBJECT_LENGTH} caractères au maximum)`,
    bidi: 'caractère de contrôle bidirectionnel',
    malformed: 'texte mal formé (caractère Unicode isolé)',
    pieceIds: 'doit être une liste d’identifiants (textes)',
  },
  en: {
    notText: 'must be text',
    lineBreak: 'line break or control character',
    email: 'not a valid e-mail address',
    empty: 'must not be empty',
    tooLong: `too long (at most ${MAX_BODY_LENGTH.toLocaleString('en-GB')} characters)`,
    subjectTooLong: `too long (at most ${MAX_SUBJECT_LENGTH} characters)`,
    bidi: 'bidirectional control character',
    malformed: 'malformed text (lone Unicode surrogate)',
    pieceIds: 'must be a list of ids (strings)',
  },
} as const;

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
  type ReasonKey = keyof (typeof REASONS)['fr'];
  // Both locales travel with the error, so `localize()` can show it in the other one.
  const reasons = Object.fromEntries(
    (Object.keys(REASONS.fr) as ReasonKey[]).map((key) => [key, { fr: REASONS.fr[key], en: REASONS.en[key] }]),
  ) as Record<ReasonKey, LocalizedText>;
  const fail = (code: 'invalid-input' | 'unsafe-header', field: string, reason: LocalizedText): never => {
    throw new DossierError(code, { field, reason }, { locale });
  };
  if (typeof draft !== 'object' || draft === null) fail('invalid-input', 'draft', reasons.notText);

  const header = (field: 'to' | 'subject'): string => {
    const value: unknown = draft[field];
    if (typeof value !== 'string') return fail('invalid-input', field, reasons.notText);
    if (unsafeHeaderCharacters().test(value)) return fail('unsafe-header', field, reasons.lineBreak);
    if (BIDI_CONTROL.test(value)) return fail('unsafe-header', field, reasons.bidi);
    return value.trim();
  };

  const to = header('to');
  if (!isValidEmail(to)) fail('unsafe-header', 'to', reasons.email);

  const subject = header('subject');
  if (subject === '') fail('invalid-input', 'subject', reasons.empty);
  if (subject.length > MAX_SUBJECT_LENGTH) fail('invalid-input', 'subject', reasons.subjectTooLong);
  if (LONE_SURROGATE.test(subject)) fail('invalid-input', 'subject', reasons.malformed);

  const rawBody: unknown = draft.body;
  if (typeof rawBody !== 'string') return fail('invalid-input', 'body', reasons.notText);
  const body = rawBody.trim();
  if (body === '') fail('invalid-input', 'body', reasons.empty);
  if (body.length > MAX_BODY_LENGTH) fail('invalid-input', 'body', reasons.tooLong);
  if (LONE_SURROGATE.test(body)) fail('invalid-input', 'body', reasons.malformed);

  const pieceIds: unknown = draft.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every((id): id is string => typeof id === 'string')) {
    fail('invalid-input', 'pieceIds', reasons.pieceIds);
  }

  return { to, subject, body, pieceIds: [...(pieceIds as string[])] };
}
