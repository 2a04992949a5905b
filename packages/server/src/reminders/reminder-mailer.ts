import type { Locale } from '@dossier/core';

/** One automatic e-mail as it leaves: what core composed, and the outbox's Message-ID. */
export interface OutgoingReminder {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly locale: Locale;
  /**
   * `<…@…>`, the same for every attempt of one outbox row: a copy sent again
   * after a crash between the SMTP answer and the outbox write carries the
   * same id, so that mail systems can recognise it.
   */
  readonly messageId: string;
  /** The one-click stop link (`List-Unsubscribe`, RFC 8058), or `null` (an escalation to the broker). */
  readonly unsubscribeUrl: string | null;
}

/**
 * What sends an automatic e-mail: resolves once the mail server accepted it, rejects otherwise.
 *
 * `handOver`, when given, is how the outbox sends each message exactly once: a mailer that can
 * (the SMTP one) calls it after the server accepted the envelope and took every byte of the
 * message but its end-of-data mark, waits for it, and only then writes the mark (when it rejects,
 * the mark is never written and the server discards the message). A rejection of `send` after
 * `handOver` resolved means that the server may hold the message, unless it is an
 * `UndeliveredReminderError` (the server refused it, or the mark was never written). A mailer that
 * does not call `handOver` (the demo's) delivers in one step: its resolution is the acceptance.
 */
export interface ReminderMailer {
  send(message: OutgoingReminder, handOver?: () => Promise<void>): Promise<void>;
  /** Closes its connections. */
  close(): Promise<void>;
}
