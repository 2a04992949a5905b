import { isKnownLocale } from './core-locale-registry.js';

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

/**
 * `value` as a Locale Dossier can speak: the tag itself when a translation is registered or can be
 * loaded for it (`de`, a host's `de-CH`), else its language (`en-GB` → `en`, `nl_BE` → `nl`), else
 * French, the default.
 */
export function toLocale(value: string | null | undefined): Locale {
  if (typeof value !== 'string') return 'fr';
  const tag = value.trim().replace(/_/g, '-');
  // A tag counts once a translation is registered for it, declared in DossierLocales or not.
  if (tag !== '' && isKnownLocale(tag)) return canonicalTag(tag) as Locale;
  const language = tag.split('-', 1)[0]!.toLowerCase();
  return language !== '' && isKnownLocale(language) ? (language as Locale) : 'fr';
}

/** `de-ch` → `de-CH`, as registered tags are kept; the tag as given when `Intl` cannot read it. */
function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}
