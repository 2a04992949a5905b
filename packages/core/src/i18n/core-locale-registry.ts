import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';
import type { CoreTranslation } from './core-translation.js';
import type { Locale } from './locale.js';
import { LocaleRegistry, type LocaleLoader } from './locale-registry.js';

/** Loads a translation the first time its locale is needed, typically a dynamic `import()`. */
export type CoreTranslationLoader = LocaleLoader<CoreTranslation>;

// French is the default and every fallback, English the second language of the first hosts: both
// are always here, so that their errors read right from the first call. The other shipped
// languages load on first use, so that a host pays only for the languages it speaks.
const registry = new LocaleRegistry<CoreTranslation>({
  translations: [
    ['fr', fr],
    ['en', en],
  ],
  loaders: [
    ['de', () => import('../locales/de.js').then((module) => module.de)],
    ['es', () => import('../locales/es.js').then((module) => module.es)],
    ['it', () => import('../locales/it.js').then((module) => module.it)],
    ['nl', () => import('../locales/nl.js').then((module) => module.nl)],
  ],
  fallbackNote: 'French is used',
});

/**
 * Adds a language to core, or replaces one: its error messages, reasons and reminder e-mail.
 * Give the translation itself, or a loader that imports it when the locale is first needed.
 * `@dossier/elements`' `registerLocale` calls this for the core part of a translation.
 *
 * @example
 * registerCoreLocale(pt); // pt: CoreTranslation
 * registerCoreLocale('pt', () => import('./pt.js').then((module) => module.pt));
 * createDossierClient({ storage, locale: 'pt' });
 */
export function registerCoreLocale(translation: CoreTranslation): void;
export function registerCoreLocale(locale: Locale, load: CoreTranslationLoader): void;
export function registerCoreLocale(translationOrLocale: CoreTranslation | Locale, load?: CoreTranslationLoader): void {
  if (typeof translationOrLocale !== 'string') {
    registry.register(translationOrLocale.locale, translationOrLocale);
    return;
  }
  if (typeof load !== 'function')
    throw new TypeError('registerCoreLocale(locale, load): load must be a function returning a promise of the translation');
  registry.registerLoader(translationOrLocale, load);
}

/** Whether core has, or can load, a translation for exactly this tag. */
export function isKnownLocale(tag: string): boolean {
  return registry.knows(tag);
}

/** Whether the translation of `locale` is here (registered or loaded), so messages in it can be written now. */
export function hasCoreTranslation(locale: Locale): boolean {
  return registry.has(locale);
}

/**
 * Makes the translation of `locale` ready, loading it the first time. Resolves to `locale`, or to
 * `'fr'` when it has no translation or its loader failed (said once in the console): messages are
 * then written in French, as for any unknown locale, and the loader is not tried again until the
 * locale is registered again. Never rejects.
 *
 * @example
 * await loadCoreLocale('de'); // now `new DossierError(…, { locale: 'de' })` is in German
 */
export function loadCoreLocale(locale: Locale): Promise<Locale> {
  return registry.load(locale);
}

/** The translation of `locale` if it is here, else French. */
export function coreTranslationOf(locale: Locale): CoreTranslation {
  return registry.get(locale) ?? fr;
}
