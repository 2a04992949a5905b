import { toLocale, type Locale } from '@dossier/core';

const KEY = 'courtage-martin:locale';

/** The locale chosen last time, French by default. */
export function savedLocale(): Locale {
  return toLocale(localStorage.getItem(KEY) ?? 'fr');
}

/** Remembers the locale and sets the document's language. */
export function saveLocale(locale: Locale): void {
  localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
