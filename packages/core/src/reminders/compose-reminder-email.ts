import { isDossierError, DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { ReminderEmailContext, ReminderEmailTemplates } from './reminder-email-templates.js';
import { escapeHtml } from './escape-html.js';
import { singleLine } from './single-line.js';

/** The parts of an automatic e-mail, before it is addressed. */
export interface ReminderEmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Options of `composeReminderEmail`. */
export interface ReminderEmailLayout {
  /** `step`: to the client; `escalation`: to the broker. */
  readonly kind: 'step' | 'escalation';
  /** The one-click link that stops the reminders; left out of an escalation. */
  readonly unsubscribeUrl: string | null;
  readonly locale: Locale;
}

/**
 * An automatic e-mail from its facts and its language's words: a subject on
 * one line, a plain-text part and an HTML part saying the same (greeting,
 * the pieces as a list, the upload link when there is one, the reply hint,
 * the closing, and the unsubscribe link at the foot). Every text from the
 * host or the templates is escaped in the HTML part; links must already be
 * checked (`https:`/`http:`) and are escaped too.
 *
 * @throws DossierError `invalid-input` when a template throws or returns something other than text.
 */
export function composeReminderEmail(
  context: ReminderEmailContext,
  templates: ReminderEmailTemplates,
  layout: ReminderEmailLayout,
): ReminderEmailContent {
  const say = (name: keyof ReminderEmailTemplates, make: () => unknown): string => {
    let text: unknown;
    try {
      text = make();
    } catch (error) {
      if (isDossierError(error)) throw error;
      throw new DossierError(
        'invalid-input',
        { field: `reminderEmail.${name}`, reason: String(error) },
        { locale: layout.locale, cause: error },
      );
    }
    if (typeof text !== 'string')
      throw new DossierError('invalid-input', { field: `reminderEmail.${name}`, reason: typeof text }, { locale: layout.locale });
    return text;
  };
  const escalation = layout.kind === 'escalation';
  const subject = singleLine(
    escalation ? say('escalationSubject', () => templates.escalationSubject(context)) : say('subject', () => templates.subject(context)),
  );
  const greeting = escalation ? '' : singleLine(say('greeting', () => templates.greeting(context)));
  const intro = escalation
    ? say('escalationIntro', () => templates.escalationIntro(context))
    : say('intro', () => templates.intro(context));
  const pieces = context.pieces.map((piece) => singleLine(say('piece', () => templates.piece(piece))));
  const upload = !escalation && context.uploadUrl ? singleLine(say('upload', () => templates.upload)) : '';
  const reply = escalation ? '' : say('reply', () => templates.reply(context));
  const closing = singleLine(say('closing', () => templates.closing));
  const unsubscribe = !escalation && layout.unsubscribeUrl ? singleLine(say('unsubscribe', () => templates.unsubscribe)) : '';

  const paragraphs = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n{2,}/)
      .map((part) => part.trim())
      .filter(Boolean);
  const text = [
    ...(greeting ? [greeting, ''] : []),
    ...paragraphs(intro).flatMap((part) => [part, '']),
    ...pieces.map((piece) => `- ${piece}`),
    '',
    ...(upload ? [upload, context.uploadUrl as string, ''] : []),
    ...(reply ? paragraphs(reply).flatMap((part) => [part, '']) : []),
    closing,
    ...(unsubscribe ? ['', '-- ', unsubscribe, layout.unsubscribeUrl as string] : []),
  ].join('\n');

  const p = (part: string) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${escapeHtml(layout.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2937;">',
    ...(greeting ? [p(greeting)] : []),
    ...paragraphs(intro).map(p),
    `<ul>${pieces.map((piece) => `<li>${escapeHtml(piece)}</li>`).join('')}</ul>`,
    ...(upload && context.uploadUrl
      ? [
          `<p><a href="${escapeHtml(context.uploadUrl)}" style="display: inline-block; padding: 10px 16px; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 6px;">${escapeHtml(upload)}</a></p>`,
        ]
      : []),
    ...(reply ? paragraphs(reply).map(p) : []),
    p(closing),
    ...(unsubscribe && layout.unsubscribeUrl
      ? [
          `<hr style="border: 0; border-top: 1px solid #d1d5db;"><p style="font-size: 12px; color: #6b7280;"><a href="${escapeHtml(layout.unsubscribeUrl)}" style="color: #6b7280;">${escapeHtml(unsubscribe)}</a></p>`,
        ]
      : []),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
