import type { ReminderContext, ReminderPieceLine, ReminderTemplates } from './reminder-templates.js';
import { singleLine } from './single-line.js';

/** "contrat n° C-123 (Automobile)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'contrat' : 'proposition';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` n° ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Pièce sans intitulé';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label} : ${instructions}` : `- ${label}`;
}

/**
 * French reminder templates (default locale): a broker's polite plain-text e-mail.
 * Names, labels and references are inserted as text on one line each.
 *
 * @example
 * reminderTemplatesFr.subject(context) // "Pièces manquantes – contrat n° C-123 (Automobile)"
 */
export const reminderTemplatesFr: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Votre dossier' : count === 1 ? 'Pièce manquante' : 'Pièces manquantes';
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Bonjour ${name},` : 'Bonjour Madame, Monsieur,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [
            `Votre dossier ${fileReference(context)} est complet : aucune pièce ne manque à ce jour.`,
            '',
            'Nous vous remercions de votre confiance.',
          ]
        : [
            `Afin de compléter votre dossier ${fileReference(context)}, merci de nous transmettre ${
              count === 1 ? 'la pièce suivante' : 'les pièces suivantes'
            } :`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            'Vous pouvez répondre à ce message en joignant les documents.',
          ];
    return [greeting, '', ...request, '', 'Cordialement,'].join('\n');
  },
};
