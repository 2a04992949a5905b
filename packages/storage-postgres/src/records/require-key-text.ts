import { DossierError } from '@dossier/core';

/**
 * `value` if it can be a key column: a string PostgreSQL stores as sent.
 * A NUL cannot be stored in `text`, and a lone surrogate would be turned into
 * U+FFFD on the way, that is, into another id: both are refused.
 *
 * @throws DossierError `invalid-input` naming `field`.
 */
export function requireKeyText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new DossierError('invalid-input', { field, reason: 'a string' });
  if (!isStorableText(value)) throw new DossierError('invalid-input', { field, reason: 'NUL or malformed Unicode' });
  return value;
}

/** A UTF-16 surrogate without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL stores `value` in a text column unchanged. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}
