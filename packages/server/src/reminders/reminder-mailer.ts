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

/** What sends an automatic e-mail: resolves once the mail server accepted it, rejects otherwise. */
export interface ReminderMailer {
  send(message: OutgoingReminder): Promise<void>;
  /** Closes its connections. */
  close(): Promise<void>;
}
