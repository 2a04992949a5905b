import { PassThrough } from 'node:stream';
import { DossierError } from '@dossier/core';
import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { OutgoingReminder, ReminderMailer } from './reminder-mailer.js';
import { UndeliveredReminderError } from './undelivered-reminder-error.js';

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
 * Each message goes on a connection of its own, through a stream this mailer
 * holds: nodemailer's `SMTPConnection.send` pipes it into its DATA stream only
 * once the server answered `DATA` (354), and writes the end-of-data mark
 * (`<CRLF>.<CRLF>`) when it ends. The whole message is written, then
 * `handOver` is awaited, then the stream is ended: a server that never sees the
 * mark discards the message (RFC 5321 §4.1.1.4), so until `handOver` resolves
 * nothing can have been delivered.
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
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new DossierError('invalid-input', { field: 'smtp.url', reason: 'smtp: or smtps:' });
  const timeout = options.timeoutMs ?? 30_000;
  const auth = url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined;
  const open = new Set<SMTPConnection>();

  const connect = async (): Promise<SMTPConnection> => {
    const connection = new SMTPConnection({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    open.add(connection);
    connection.once('end', () => open.delete(connection));
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect((error) => (error ? reject(error) : resolve()));
    });
    if (auth) await new Promise<void>((resolve, reject) => connection.login(auth, (error) => (error ? reject(error) : resolve())));
    return connection;
  };

  return {
    async send(message: OutgoingReminder, handOver?: () => Promise<void>) {
      const mail = new MailComposer({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        headers: {
          'Content-Language': message.locale,
          'Auto-Submitted': 'auto-generated',
          ...(message.unsubscribeUrl
            ? { 'List-Unsubscribe': `<${message.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
            : {}),
        },
      }).compile();
      const raw = await mail.build();
      const connection = await connect();
      // Errors after connecting end the transaction through the send callback; keep the event handled.
      connection.on('error', () => undefined);
      try {
        const body = new PassThrough();
        let failed: unknown;
        const accepted = new Promise<void>((resolve, reject) =>
          connection.send(mail.getEnvelope(), body, (error) => {
            if (error) {
              failed = error;
              reject(error);
            } else resolve();
          }),
        );
        accepted.catch(() => undefined);
        // `send` pipes the body (and so resumes it) once the server said 354 to DATA.
        const piped = new Promise<void>((resolve) => body.once('resume', resolve));
        await Promise.race([piped, accepted]);
        await new Promise<void>((resolve, reject) => body.write(raw, (error) => (error ? reject(error) : resolve())));
        // Let the piped bytes reach the socket before the outbox says so.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (failed !== undefined)
          throw new UndeliveredReminderError('the connection ended before the end of the message', { cause: failed });
        if (handOver) {
          try {
            await handOver();
          } catch (error) {
            // Never ended: the server drops the message with the connection.
            connection.close();
            throw error;
          }
          if (failed !== undefined)
            throw new UndeliveredReminderError('the connection ended before the end of the message', { cause: failed });
        }
        body.end();
        try {
          await accepted;
        } catch (error) {
          // The server answered the end of the message with a refusal: it keeps nothing.
          if (typeof (error as { responseCode?: unknown }).responseCode === 'number')
            throw new UndeliveredReminderError('the server refused the message', { cause: error });
          throw error;
        }
      } finally {
        connection.quit();
      }
    },
    async close() {
      for (const connection of open) connection.close();
    },
  };
}
