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
