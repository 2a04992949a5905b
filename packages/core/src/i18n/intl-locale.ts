import { coreTranslationOf } from './core-locale-registry.js';
import type { Locale } from './locale.js';

/**
 * The tag `Intl` formats dates, numbers and plurals with in `locale`: `fr` → `fr-FR`, `en` →
 * `en-GB` (day before month, as brokers in Europe write dates).
 *
 * @example
 * new Intl.DateTimeFormat(intlLocale('de'), { dateStyle: 'medium' }).format(date); // "28.11.2026"
 */
export function intlLocale(locale: Locale): string {
  return coreTranslationOf(locale).intl;
}
