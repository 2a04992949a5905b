import { DossierError } from '../errors/dossier-error.js';
import { coreTranslationOf } from '../i18n/core-locale-registry.js';
import type { Locale } from '../i18n/locale.js';
import type { ReminderTemplates } from './reminder-templates.js';

/**
 * The reminder templates of a locale: the host's overrides where given (per locale,
 * `subject`, `body` or both), the locale's translation elsewhere (French when the locale's
 * translation is not loaded). Overrides are called bound to their object, so class instances
 * work. Accepts the client's `reminderTemplates` option as is.
 *
 * @throws DossierError `invalid-input` when an override is present but not a function.
 * @example
 * const templates = reminderTemplatesFor('fr', { fr: { subject: (c) => `Relance ${c.reference}` } })
 */
export function reminderTemplatesFor(locale: Locale, overrides?: Partial<Record<Locale, Partial<ReminderTemplates>>>): ReminderTemplates {
  const defaults = coreTranslationOf(locale).reminders;
  const override = overrides && Object.hasOwn(overrides, locale) ? overrides[locale] : undefined;
  const pick = (key: keyof ReminderTemplates): ReminderTemplates[typeof key] => {
    const candidate: unknown = override?.[key];
    if (candidate === undefined || candidate === null) return defaults[key];
    if (typeof candidate !== 'function') {
      throw new DossierError('invalid-input', { field: `reminderTemplates.${locale}.${key}`, reason: typeof candidate }, { locale });
    }
    return candidate.bind(override) as ReminderTemplates[typeof key];
  };
  return { subject: pick('subject'), body: pick('body') };
}
