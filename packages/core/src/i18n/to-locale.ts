import { isKnownLocale } from './core-locale-registry.js';
import type { Locale } from './locale.js';

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
