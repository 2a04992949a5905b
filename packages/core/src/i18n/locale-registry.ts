import type { Locale } from './locale.js';

/** Loads the translation of one locale the first time it is needed, typically a dynamic `import()`. */
export type LocaleLoader<T> = () => Promise<T>;

/** What a {@link LocaleRegistry} starts with. */
export interface LocaleRegistryOptions<T> {
  /** Translations here from the start (bundled with the code that reads them). */
  readonly translations?: Iterable<readonly [string, T]>;
  /** Translations loaded on first use, by locale. */
  readonly loaders?: Iterable<readonly [string, LocaleLoader<T>]>;
  /** Who speaks French when a loader fails, for the console: `'French is used'`, `'the elements speak French'`. */
  readonly fallbackNote: string;
}

/**
 * The translations of one layer by locale, of any message type `T`: core keeps its own
 * (`CoreTranslation`), `@dossier/elements` its elements' texts, and a host's own binding may
 * keep one too. Tags compare without case (`de-CH` is `de-ch`); a translation is registered as
 * an object, or as a loader run once on first use (a failed load is remembered, warned once, and
 * answered with French until the locale is registered again).
 *
 * @example
 * const texts = new LocaleRegistry<MyTexts>({ translations: [['fr', fr]], loaders: [['de', () => import('./de.js').then((m) => m.de)]], fallbackNote: 'my badges speak French' });
 * await texts.load('de');
 * texts.get('de'); // MyTexts in German
 */
export class LocaleRegistry<T> {
  readonly #translations: Map<string, T>;
  readonly #loaders: Map<string, LocaleLoader<T>>;
  readonly #loading = new Map<string, Promise<Locale>>();
  readonly #fallbackNote: string;

  constructor(options: LocaleRegistryOptions<T>) {
    this.#translations = new Map([...(options.translations ?? [])].map(([tag, translation]) => [keyOf(tag), translation]));
    this.#loaders = new Map([...(options.loaders ?? [])].map(([tag, load]) => [keyOf(tag), load]));
    this.#fallbackNote = options.fallbackNote;
  }

  /** Adds or replaces the translation of `locale`. */
  register(locale: string, translation: T): void {
    const key = keyOf(locale);
    this.#translations.set(key, translation);
    this.#loading.delete(key);
  }

  /** Adds or replaces the loader of `locale`, which a failed load may try again through. */
  registerLoader(locale: string, load: LocaleLoader<T>): void {
    const key = keyOf(locale);
    this.#loaders.set(key, load);
    this.#loading.delete(key);
  }

  /** Whether the translation of `locale` is here, or can be loaded. */
  knows(locale: string): boolean {
    const key = keyOf(locale);
    return this.#translations.has(key) || this.#loaders.has(key);
  }

  /** Whether the translation of `locale` is here (registered or loaded). */
  has(locale: string): boolean {
    return this.#translations.has(keyOf(locale));
  }

  /** The translation of `locale` if it is here. */
  get(locale: string): T | undefined {
    return this.#translations.get(keyOf(locale));
  }

  /**
   * Makes the translation of `locale` ready, loading it the first time. Resolves to `locale`, or to
   * `'fr'` when it has no translation or its loader failed. Never rejects.
   */
  load(locale: Locale): Promise<Locale> {
    const key = keyOf(locale);
    if (this.#translations.has(key)) return Promise.resolve(locale);
    const load = this.#loaders.get(key);
    if (!load) return Promise.resolve('fr');
    let pending = this.#loading.get(key);
    if (!pending) {
      pending = Promise.resolve()
        .then(load)
        .then((translation) => {
          this.#translations.set(key, translation);
          return locale;
        })
        .catch((error: unknown): Locale => {
          // Kept as failed, so that every operation or render does not try, and warn, again;
          // registering the locale again allows a new attempt.
          console.warn(`Dossier: the "${locale}" translation could not be loaded; ${this.#fallbackNote} instead.`, error);
          return 'fr';
        });
      this.#loading.set(key, pending);
    }
    return pending;
  }
}

/** Tags compare without case: `de-CH` and `de-ch` are the same locale. */
const keyOf = (tag: string): string => tag.trim().toLowerCase();
