import { intlLocale, type Locale } from '@dossier/core';

/** An amount in euros, without cents: "1 480 €" / "€1,480" / "1.480 €". */
export function formatMoney(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}
