import type { ReminderContext, ReminderPieceLine } from './reminder-templates.js';

/** Facts an automatic e-mail fills in, beside those of a composed reminder. */
export interface ReminderEmailContext extends ReminderContext {
  /** The step of an automatic reminder (1 is the first); for an escalation, the last step sent. */
  readonly step: number;
  /** Reminders the client received (for an escalation: those left unanswered). */
  readonly sent: number;
  /** Where the client uploads the pieces (the client portal), when there is one. */
  readonly uploadUrl: string | null;
}

/**
 * The words of the automatic e-mails, in one language: each is plain text
 * (never HTML), and `composeReminderEmail` lays them out twice, as the text
 * part and as the HTML part of one message, escaping everything.
 */
export interface ReminderEmailTemplates {
  /** Subject of an automatic reminder to the client. */
  subject(context: ReminderEmailContext): string;
  /** "Bonjour Jeanne Martin,". */
  greeting(context: ReminderEmailContext): string;
  /** The sentence before the list of missing pieces. */
  intro(context: ReminderEmailContext): string;
  /** One missing piece, without a bullet: "Permis de conduire : recto et verso". */
  piece(piece: ReminderPieceLine): string;
  /** Label of the upload link. */
  upload: string;
  /** How else to send the pieces: by replying with them attached. */
  reply(context: ReminderEmailContext): string;
  /** "Cordialement,". */
  closing: string;
  /** Label of the link that stops the reminders of this dossier. */
  unsubscribe: string;
  /** Subject of the message telling the broker that the client did not answer. */
  escalationSubject(context: ReminderEmailContext): string;
  /** "Le client n'a pas répondu après 3 relances…", before the pieces still missing. */
  escalationIntro(context: ReminderEmailContext): string;
}
