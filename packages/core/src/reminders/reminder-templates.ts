/** One missing piece, as listed in a reminder. */
export interface ReminderPieceLine {
  readonly label: string;
  readonly instructions?: string;
}

/** Facts a reminder template fills in. */
export interface ReminderContext {
  readonly clientName: string;
  readonly clientEmail: string;
  /** Contract id once converted, else the proposal id. */
  readonly reference: string;
  readonly isContract: boolean;
  readonly riskLabel: string;
  readonly pieces: readonly ReminderPieceLine[];
  /**
   * Where the client may send the pieces: an upload link's address, or the locale's placeholder
   * (`{lien}`, `{link}`…) that the composer replaces with one when the reminder is sent. Absent:
   * the message asks for a reply with attachments.
   */
  readonly link?: string | null;
}

/** Builds a reminder's subject and body; hosts may override either. Plain text, never HTML. */
export interface ReminderTemplates {
  subject(context: ReminderContext): string;
  body(context: ReminderContext): string;
}
