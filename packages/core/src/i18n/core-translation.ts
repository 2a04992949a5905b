import type { ReminderEmailTemplates } from '../reminders/reminder-email-templates.js';
import type { ReminderTemplates } from '../reminders/reminder-templates.js';
import type { ErrorMessages } from './error-messages.js';
import type { Locale } from './locale.js';
import type { MediaTypeLabels } from './media-type-labels.js';
import type { ReasonMessages } from './reason-messages.js';

/**
 * Everything core says, in one language: its errors and their reasons, kinds of files, byte units
 * and the reminder e-mail. Every member is required, so a translation missing a text does not
 * compile. Dossier ships `fr` (the default), `en`, `de`, `es`, `it` and `nl`
 * (`@dossier/core/locales/<locale>`); a host adds one with {@link registerCoreLocale}.
 *
 * @example
 * import { fr } from '@dossier/core/locales/fr';
 * registerCoreLocale({ ...fr, locale: 'fr-CH', intl: 'fr-CH' }); // French with Swiss number formats
 */
export interface CoreTranslation {
  /** The language tag hosts pass as `locale` (`de`, `pt-BR`); a host's own is declared in `DossierLocales`. */
  readonly locale: Locale;
  /** The tag `Intl` formats numbers, dates and plurals with (`de-DE`). */
  readonly intl: string;
  readonly errors: ErrorMessages;
  readonly reasons: ReasonMessages;
  readonly mediaTypes: MediaTypeLabels;
  /**
   * Where a reminder names the upload link until the composer puts the link's address there:
   * `{lien}` in French, `{link}` in English.
   */
  readonly uploadLinkPlaceholder: string;
  /** Units of a byte count, smallest first: `['o', 'Ko', 'Mo', 'Go']`. */
  readonly byteUnits: readonly [string, string, string, string];
  /** The reminder e-mail; a host may still override it per client (`reminderTemplates`). */
  readonly reminders: ReminderTemplates;
  /** The automatic e-mails: scheduled reminders to the client, and the escalation to the broker. */
  readonly reminderEmail: ReminderEmailTemplates;
}
