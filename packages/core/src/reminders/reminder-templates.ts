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
}

/** Builds a reminder's subject and body; hosts may override either. Plain text, never HTML. */
export interface ReminderTemplates {
  subject(context: ReminderContext): string;
  body(context: ReminderContext): string;
}
