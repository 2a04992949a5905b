import type { Locale } from '../i18n/locale.js';
import type { DueReminder } from '../model/reminder-plan.js';

/** An automatic e-mail ready to send: one message, its text and HTML parts saying the same. */
export interface ReminderEmail {
  /** What it is: a step of the schedule, or the escalation to the broker. */
  readonly due: DueReminder;
  /** One address: the client's, or the broker's for an escalation. */
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Pieces it asks for. */
  readonly pieceIds: readonly string[];
  readonly locale: Locale;
  /** Where the client stops the reminders in one click (RFC 8058 `List-Unsubscribe`); `null` on an escalation. */
  readonly unsubscribeUrl: string | null;
}
