import { coreTranslationOf } from './core-locale-registry.js';
import type { Locale } from './locale.js';

/** A byte count for people: "1,5 Mo" in French, "1.5 MB" in English, "1,5 MB" in German. */
export function formatBytes(bytes: number, locale: Locale): string {
  const { byteUnits, intl } = coreTranslationOf(locale);
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const text = new Intl.NumberFormat(intl, { maximumFractionDigits: digits }).format(value);
  // A no-break space: "5" and "Mo" never end up on two lines.
  return `${text}\u00a0${byteUnits[unit]}`;
}
