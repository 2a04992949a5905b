import type { ReminderContext, ReminderPieceLine, ReminderTemplates } from './reminder-templates.js';
import { singleLine } from './single-line.js';

/** "contract C-123 (Car)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'contract' : 'proposal';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Untitled document';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * English reminder templates: a broker's polite plain-text e-mail.
 * Names, labels and references are inserted as text on one line each.
 *
 * @example
 * reminderTemplatesEn.subject(context) // "Missing documents – contract C-123 (Car)"
 */
export const reminderTemplatesEn: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Your file' : count === 1 ? 'Missing document' : 'Missing documents';
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Dear ${name},` : 'Dear Sir or Madam,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [
            `Your file for ${fileReference(context)} is complete: no documents are missing at this time.`,
            '',
            'Thank you for your trust.',
          ]
        : [
            `To complete your file for ${fileReference(context)}, please send us the following ${
              count === 1 ? 'document' : 'documents'
            }:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            'You can reply to this message with the documents attached.',
          ];
    return [greeting, '', ...request, '', 'Kind regards,'].join('\n');
  },
};
