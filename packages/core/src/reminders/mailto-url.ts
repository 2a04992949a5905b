import type { Locale } from '../i18n/locale.js';
import type { ReminderDraft } from '../model/reminder.js';
import { assertSafeDraft } from './assert-safe-draft.js';

/**
 * A `mailto:` URL for a draft, per RFC 6068, after {@link assertSafeDraft}.
 *
 * Everything is percent-encoded UTF-8 via `encodeURIComponent`, which already writes
 * spaces as `%20` (never `+`, which mail clients would keep literally) and encodes
 * `&`, `?`, `#`, `=` and `%`, so neither the subject nor the body can add a header field.
 * Only `@` is left raw in the address. Body line breaks become CRLF (`%0D%0A`) as RFC 6068 asks.
 *
 * Some mail clients truncate long URLs (around 2 000 characters); a long body may arrive cut.
 *
 * @throws DossierError `unsafe-header` or `invalid-input`, see {@link assertSafeDraft}.
 * @example
 * buildMailtoUrl({ to: 'a@b.fr', subject: 'Pièces', body: 'Bonjour,\nMerci', pieceIds: [] })
 * // "mailto:a@b.fr?subject=Pi%C3%A8ces&body=Bonjour%2C%0D%0AMerci"
 */
export function buildMailtoUrl(draft: ReminderDraft, locale: Locale = 'fr'): string {
  const safe = assertSafeDraft(draft, locale);
  const address = encodeURIComponent(safe.to).replace(/%40/g, '@');
  const subject = encodeURIComponent(safe.subject);
  const body = encodeURIComponent(safe.body.replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:${address}?subject=${subject}&body=${body}`;
}
