import { DossierError, isDossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { ReminderDraft } from '../model/reminder.js';
import type { ReminderContext, ReminderTemplates } from './reminder-templates.js';
import { singleLine } from './single-line.js';

/** Lone UTF-16 surrogates, which would later make `encodeURIComponent` throw. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function render(template: 'subject' | 'body', templates: ReminderTemplates, context: ReminderContext, locale: Locale): string {
  let text: unknown;
  try {
    text = templates[template](context);
  } catch (error) {
    // Host templates may throw anything; callers are promised a DossierError.
    if (isDossierError(error)) throw error;
    throw new DossierError('invalid-input', { field: `reminderTemplates.${template}`, reason: String(error) }, { locale, cause: error });
  }
  if (typeof text !== 'string') {
    throw new DossierError('invalid-input', { field: `reminderTemplates.${template}`, reason: typeof text }, { locale });
  }
  return text.replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * A reminder draft from its facts and templates: `to` is the client's e-mail as given,
 * `subject` and `body` come from `templates`. The subject is forced onto one line
 * (line breaks and controls become spaces) because hosts may supply templates; body
 * line breaks are normalised to `\n`. Names are plain text and are kept as such, markup included.
 *
 * Does not validate the address: {@link assertSafeDraft} does, when the draft is sent,
 * after a person may have edited it.
 *
 * @throws DossierError `invalid-input` when a template throws or returns something other than text.
 * @example
 * const draft = composeReminder(context, ['piece-permis'], reminderTemplatesFor('fr'))
 */
export function composeReminder(
  context: ReminderContext,
  pieceIds: readonly string[],
  templates: ReminderTemplates,
  locale: Locale = 'fr',
): ReminderDraft {
  const subject = singleLine(render('subject', templates, context, locale));
  const body = render('body', templates, context, locale).replace(/\r\n?/g, '\n');
  return { to: context.clientEmail, subject, body, pieceIds: [...pieceIds] };
}
