import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/** Longest link accepted in an e-mail. */
const MAX_LINK_LENGTH = 2000;

/**
 * `value` as an absolute `https:` (or `http:`, for development) URL that can
 * go in an e-mail and its headers, or `null` when `value` is null or absent.
 *
 * @throws DossierError `invalid-input` naming `field` for anything else (another scheme, spaces, control characters…).
 */
export function requireLink(value: unknown, field: string, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.length <= MAX_LINK_LENGTH && !/[\s<>"'\u0000-\u001F\u007F-\u009F]/.test(value)) {
    try {
      const url = new URL(value);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not a URL: refused below.
    }
  }
  throw new DossierError('invalid-input', { field, reason: 'an absolute https: URL' }, { locale });
}
