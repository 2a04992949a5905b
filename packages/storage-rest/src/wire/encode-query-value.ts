import { DossierError, type Locale } from '@dossier/core';

/**
 * A string percent-encoded for a URL. URLSearchParams would silently turn a
 * lone surrogate into U+FFFD, that is, into another id; refuse it instead.
 *
 * @throws DossierError `invalid-input` when `value` is not well-formed UTF-16.
 */
export function encodeQueryValue(value: string, field: string, locale?: Locale): string {
  try {
    return encodeURIComponent(value);
  } catch {
    throw new DossierError('invalid-input', { field, reason: 'not well-formed Unicode' }, { locale });
  }
}
