import { intlLocale, type Locale } from '@dossier/core';

/** A date as people read it: "12 novembre 2026" / "12 November 2026" / "12. November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date(iso));
}
