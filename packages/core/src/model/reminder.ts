/** A reminder message, composed by core and editable by a person. */
export interface ReminderDraft {
  to: string;
  subject: string;
  body: string;
  /** Pieces the reminder asks for. */
  pieceIds: readonly string[];
}

/**
 * Who sent a reminder: a person (`manual`, through the composer), the
 * schedule (`automatic`, one step of the policy), or the schedule telling the
 * broker in charge that the client did not answer (`escalation`).
 */
export type ReminderOrigin = 'manual' | 'automatic' | 'escalation';

/** A reminder as sent and recorded on the dossier. */
export interface ReminderRecord {
  readonly id: string;
  readonly dossierId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly pieceIds: readonly string[];
  /** Name of the transport that sent it (`mailto`, `callback`, `smtp`, …). */
  readonly transport: string;
  readonly sentAt: string;
  /** Absent on reminders recorded before schedules existed: they were manual. */
  readonly origin?: ReminderOrigin;
  /** The policy step of an automatic reminder (1 is the first); absent otherwise. */
  readonly step?: number;
  readonly revision: number;
}
