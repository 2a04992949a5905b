import { DossierError } from '@dossier/core';
import { createTransport } from 'nodemailer';
import type { OutgoingReminder, ReminderMailer } from './reminder-mailer.js';

/** Options of `createSmtpMailer`. */
export interface SmtpMailerOptions {
  /** `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://…:465`. */
  readonly url: string;
  /** The sender, e.g. `Cabinet Martin <relances@cabinet-martin.fr>`. */
  readonly from: string;
  /** Longest wait for the server, each step. Default 30 s. */
  readonly timeoutMs?: number;
}

/**
 * A `ReminderMailer` over SMTP with nodemailer: one multipart/alternative
 * message (text and HTML), the outbox's Message-ID, and, to the client,
 * `List-Unsubscribe` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`
 * (RFC 8058), so that mail programs show a stop button that calls the server.
 *
 * @throws DossierError `invalid-input` when the URL is not `smtp:` or `smtps:`.
 */
export function createSmtpMailer(options: SmtpMailerOptions): ReminderMailer {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch (error) {
    throw new DossierError('invalid-input', { field: 'smtp.url', reason: 'a URL' }, { cause: error });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new DossierError('invalid-input', { field: 'smtp.url', reason: 'smtp: or smtps:' });
  const timeout = options.timeoutMs ?? 30_000;
  const transporter = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message: OutgoingReminder) {
      await transporter.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        headers: {
          'Content-Language': message.locale,
          'Auto-Submitted': 'auto-generated',
          ...(message.unsubscribeUrl ? { 'List-Unsubscribe': `<${message.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
      });
    },
    async close() {
      transporter.close();
    },
  };
}
