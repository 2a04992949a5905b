import type { ReminderPlanStatus } from '@dossier/core';

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
  /** "Joindre un lien de dépôt": creates an upload link and puts its address in the message. */
  uploadLink: {
    attach: string;
    attaching: string;
    /** Said once the link is in the message, with the days it stays valid. */
    attached: (days: number) => string;
    failed: string;
    /** No piece ticked: a link needs at least one. */
    noPieces: string;
    hint: string;
  };
  /** The dossier's automatic reminders ("Relances automatiques"). */
  automatic: {
    title: string;
    /** Where the schedule stands, one text per `planReminders` status. */
    status: Record<ReminderPlanStatus, string>;
    /** "Prochaine relance le 5 mars 2026 à 09:00", the date already formatted. */
    next: (date: string) => string;
    start: string;
    pause: string;
    resume: string;
    failed: string;
  };
  /** How each reminder of the history was sent. */
  origin: {
    manual: string;
    automatic: (step: number) => string;
    escalation: string;
  };
}
