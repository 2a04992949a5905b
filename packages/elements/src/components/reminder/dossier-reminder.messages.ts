import type { Localized } from '../../i18n/localized.js';

/** Texts of `<dossier-reminder>`. */
export interface ReminderMessages {
  title: string;
  to: string;
  subject: string;
  body: string;
  pieces: string;
  piecesHint: string;
  noPieces: string;
  send: string;
  sending: string;
  sent: (to: string) => string;
  history: string;
  noHistory: string;
  historyItem: (date: string, subject: string) => string;
  sentTo: (to: string) => string;
  /** Clear texts for what core's checks refuse, next to the field at fault. */
  fieldErrors: {
    toInvalid: string;
    toLineBreak: string;
    subjectLineBreak: string;
    subjectEmpty: string;
    bodyEmpty: string;
    bodyInvalid: string;
  };
  sendFailed: string;
  /** The default mailto: transport cannot open the mail client from a sandboxed frame. */
  mailtoBlocked: string;
}

/** Texts of `<dossier-reminder>` per locale. */
export const reminderMessages: Localized<ReminderMessages> = {
  fr: {
    title: 'Relance',
    to: 'À',
    subject: 'Objet',
    body: 'Message',
    pieces: 'Pièces demandées',
    piecesHint: 'Les pièces cochées sont enregistrées comme demandées avec la relance.',
    noPieces: 'Aucune pièce manquante.',
    send: 'Envoyer',
    sending: 'Envoi…',
    sent: (to) => `Relance envoyée à ${to}.`,
    history: 'Relances précédentes',
    noHistory: 'Aucune relance envoyée pour ce dossier.',
    historyItem: (date, subject) => `${date} — ${subject}`,
    sentTo: (to) => `à ${to}`,
    fieldErrors: {
      toInvalid: 'Adresse e-mail invalide : saisissez une seule adresse, par exemple nom@exemple.fr.',
      toLineBreak: 'L’adresse ne doit contenir ni retour à la ligne ni caractère de contrôle.',
      subjectLineBreak: 'L’objet ne doit contenir ni retour à la ligne ni caractère de contrôle.',
      subjectEmpty: 'L’objet ne peut pas être vide.',
      bodyEmpty: 'Le message ne peut pas être vide.',
      bodyInvalid: 'Le message n’est pas valide.',
    },
    sendFailed: 'La relance n’a pas été envoyée.',
    mailtoBlocked:
      'Impossible d’ouvrir la messagerie : cette page est affichée dans un cadre isolé (iframe sandbox) qui l’interdit. ' +
      'L’application hôte doit autoriser allow-popups ou allow-top-navigation-to-custom-protocols, ou envoyer elle-même (propriété transport).',
  },
  en: {
    title: 'Reminder',
    to: 'To',
    subject: 'Subject',
    body: 'Message',
    pieces: 'Requested documents',
    piecesHint: 'The ticked documents are recorded as requested with the reminder.',
    noPieces: 'No missing document.',
    send: 'Send',
    sending: 'Sending…',
    sent: (to) => `Reminder sent to ${to}.`,
    history: 'Earlier reminders',
    noHistory: 'No reminder sent for this file yet.',
    historyItem: (date, subject) => `${date} — ${subject}`,
    sentTo: (to) => `to ${to}`,
    fieldErrors: {
      toInvalid: 'Invalid e-mail address: enter one address, for example name@example.com.',
      toLineBreak: 'The address must not contain a line break or control character.',
      subjectLineBreak: 'The subject must not contain a line break or control character.',
      subjectEmpty: 'The subject must not be empty.',
      bodyEmpty: 'The message must not be empty.',
      bodyInvalid: 'The message is not valid.',
    },
    sendFailed: 'The reminder was not sent.',
    mailtoBlocked:
      'The mail client cannot be opened: this page is shown in an isolated frame (iframe sandbox) that forbids it. ' +
      'The host application must allow allow-popups or allow-top-navigation-to-custom-protocols, or send it itself (transport property).',
  },
};
