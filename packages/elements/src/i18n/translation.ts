import type { CoreTranslation, Locale } from '@dossier/core';
import type { ElementMessages } from './element-messages.js';

/**
 * One language of Dossier, whole: what core says (errors, reasons, the reminder e-mail) and what
 * every element says. Dossier ships `fr`, `en`, `de`, `es`, `it` and `nl`
 * (`@dossier/elements/locales/<locale>`); a host adds a language by writing one module of this
 * type and registering it with {@link registerLocale}.
 *
 * @example
 * import { de } from '@dossier/elements/locales/de';
 * // Swiss German: the same texts without ß, Swiss number formats.
 * export const deCH: Translation = { ...de, locale: 'de-CH', core: { ...de.core, locale: 'de-CH', intl: 'de-CH' } };
 */
export interface Translation {
  /** The language tag hosts pass as `locale`; a host's own is declared in core's `DossierLocales`. */
  readonly locale: Locale;
  readonly core: CoreTranslation;
  readonly elements: ElementMessages;
}
