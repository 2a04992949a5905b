import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

const ENTRY = /^(\.[a-z0-9]{1,10}|[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]{0,126}))$/;

/** A list of media types (`application/pdf`, `image/*`) or extensions (`.pdf`), lower-cased, or `invalid-input`. */
export function requireAcceptList(value: unknown, locale: Locale): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 50) throw new DossierError('invalid-input', { field: 'accept' }, { locale });
  return value.map((entry) => {
    const text = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!ENTRY.test(text)) throw new DossierError('invalid-input', { field: 'accept', reason: String(entry).slice(0, 80) }, { locale });
    return text;
  });
}
