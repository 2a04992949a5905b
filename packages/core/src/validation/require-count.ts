import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/** A positive safe integer no larger than `max`, or `invalid-input`. */
export function requireCount(value: unknown, field: string, locale: Locale, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= max) return value;
  throw new DossierError('invalid-input', { field, reason: `1..${max}` }, { locale });
}
