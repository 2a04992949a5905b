/** The locales Dossier ships, default first: French, English, German, Spanish, Italian, Dutch. */
export const LOCALES = ['fr', 'en', 'de', 'es', 'it', 'nl'] as const;

/** A locale Dossier ships a translation for. */
export type BuiltInLocale = (typeof LOCALES)[number];

/**
 * The locales code may name, as keys: the six Dossier ships. A host that registers a translation of
 * its own (`registerCoreLocale`, or `registerLocale` of `@dossier/elements`) declares its tag here,
 * so that TypeScript accepts it wherever a {@link Locale} goes and still refuses a typo:
 *
 * @example
 * declare module '@dossier/core' {
 *   interface DossierLocales { pt: true; 'de-CH': true }
 * }
 */
export interface DossierLocales {
  fr: true;
  en: true;
  de: true;
  es: true;
  it: true;
  nl: true;
}

/** A UI locale: one Dossier ships ({@link LOCALES}), or one a host registered and declared in {@link DossierLocales}. */
export type Locale = keyof DossierLocales & string;
