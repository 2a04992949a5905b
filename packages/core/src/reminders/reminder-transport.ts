import type { ReminderDraft } from '../model/reminder.js';

/** Sends a reminder. `mailto` and `callback` transports ship with core. */
export interface ReminderTransport {
  /** Recorded with the reminder (`mailto`, `callback`, …). */
  readonly name: string;
  /** Rejects to abort recording; a `DossierError` is passed through, anything else becomes `storage-unavailable`. */
  send(draft: ReminderDraft): Promise<void> | void;
}
