import { LocaleRegistry, loadCoreLocale, registerCoreLocale, type Locale, type LocaleLoader } from '@dossier/core';
import type { ElementMessages } from './element-messages.js';
import type { Translation } from './translation.js';

// Why not @lit/localize: it keeps one locale per page (`setLocale`), where a Dossier element takes
// its own `locale` or its provider's and two elements of one page may speak two languages (a
// broker's French CRM showing a reminder in the client's Dutch); its `msg()` strings are checked by
// its CLI against XLIFF files, not by the compiler against a typed interface, so a missing text
// would not be a compile error; and core, which has no Lit, needs the same languages for its
// errors and reminders. A typed object per language, as Shoelace does, covers all three.

/** Loads a translation the first time its locale is needed, typically a dynamic `import()`. */
export type TranslationLoader = LocaleLoader<Translation>;

/** The elements' half of what `load` brings; core's half is registered with core on the way. */
const elementsOf =
  (load: TranslationLoader): LocaleLoader<ElementMessages> =>
  () =>
    load().then((translation) => {
      registerCoreLocale(translation.core);
      return translation.elements;
    });

// French needs no entry: each element imports its own French texts (the default and every
// fallback), so a page bundles the French of the elements it uses only. The other shipped
// languages load on first use. Core's registry of the same shape keeps core's half.
const registry = new LocaleRegistry<ElementMessages>({
  loaders: [
    ['en', elementsOf(() => import('../locales/en.js').then((module) => module.en))],
    ['de', elementsOf(() => import('../locales/de.js').then((module) => module.de))],
    ['es', elementsOf(() => import('../locales/es.js').then((module) => module.es))],
    ['it', elementsOf(() => import('../locales/it.js').then((module) => module.it))],
    ['nl', elementsOf(() => import('../locales/nl.js').then((module) => module.nl))],
  ],
  fallbackNote: 'the elements speak French',
});

/**
 * Adds a language to Dossier, or replaces one: core's texts and every element's. Give the
 * translation itself, or a loader that imports it when the locale is first needed; elements in
 * that locale wait for it before they render.
 *
 * @example
 * registerLocale(pt); // pt: Translation
 * registerLocale('pt', () => import('./pt.js').then((module) => module.pt));
 * document.querySelector('dossier-provider').locale = 'pt';
 */
export function registerLocale(translation: Translation): void;
export function registerLocale(locale: Locale, load: TranslationLoader): void;
export function registerLocale(translationOrLocale: Translation | Locale, load?: TranslationLoader): void {
  if (typeof translationOrLocale !== 'string') {
    registerCoreLocale(translationOrLocale.core);
    registry.register(translationOrLocale.locale, translationOrLocale.elements);
    return;
  }
  if (typeof load !== 'function')
    throw new TypeError('registerLocale(locale, load): load must be a function returning a promise of the translation');
  // One import for both halves: core asks for its part through the same promise.
  let shared: Promise<Translation> | undefined;
  const once = (): Promise<Translation> => (shared ??= load().finally(() => (shared = undefined)));
  registry.registerLoader(translationOrLocale, elementsOf(once));
  registerCoreLocale(translationOrLocale, () => once().then((translation) => translation.core));
}

/** Whether the elements' texts of `locale` are here: French always is. */
export function hasLocale(locale: Locale): boolean {
  return registry.has(locale) || isFrench(locale);
}

/**
 * Makes `locale` ready for the elements and for core, loading it the first time. Resolves to
 * `locale`, or to `'fr'` when it has no translation or its loader failed (said once in the
 * console, not tried again until the locale is registered again): the elements then speak French,
 * as for any unknown locale. Never rejects.
 */
export function loadLocale(locale: Locale): Promise<Locale> {
  return hasLocale(locale) ? loadCoreLocale(locale) : registry.load(locale);
}

/** The elements' texts of `locale` when they are here and not the built-in French. */
export function elementMessagesOf(locale: Locale): ElementMessages | undefined {
  return registry.get(locale);
}

/** Whether `locale` names the built-in French, whatever its case. */
const isFrench = (locale: Locale): boolean => locale.trim().toLowerCase() === 'fr';
