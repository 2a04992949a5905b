/** Locales Dossier speaks. French is the default. */
export type Locale = 'fr' | 'en';

/** Every locale, default first. */
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** `value` as a Locale (`en`, `en-GB`… → `en`), or French when it is not one. */
export function toLocale(value: string | null | undefined): Locale {
  const short = (typeof value === 'string' ? value : '').slice(0, 2).toLowerCase();
  return short === 'en' ? 'en' : 'fr';
}
