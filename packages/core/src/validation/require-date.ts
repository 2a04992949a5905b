import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/** A calendar date `YYYY-MM-DD` that exists, or `invalid-input`. */
export function requireDate(value: unknown, field: string, locale: Locale): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new DossierError('invalid-input', { field, reason: 'YYYY-MM-DD' }, { locale });
}
