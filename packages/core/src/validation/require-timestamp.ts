import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/** An ISO 8601 timestamp (`2026-11-28T09:00:00.000Z`, or with an offset), written back as UTC ISO, or `invalid-input`. */
export function requireTimestamp(value: unknown, field: string, locale: Locale): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  throw new DossierError('invalid-input', { field, reason: 'an ISO timestamp' }, { locale });
}
