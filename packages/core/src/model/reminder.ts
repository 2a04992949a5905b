/** A reminder message, composed by core and editable by a person. */
export interface ReminderDraft {
  to: string;
  subject: string;
  body: string;
  /** Pieces the reminder asks for. */
  pieceIds: readonly string[];
}

/** A reminder as sent and recorded on the dossier. */
export interface ReminderRecord {
  readonly id: string;
  readonly dossierId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly pieceIds: readonly string[];
  /** Name of the transport that sent it (`mailto`, `callback`, …). */
  readonly transport: string;
  readonly sentAt: string;
  readonly revision: number;
}
