import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export interface MailSink {
  readonly port: number;
  readonly url: string;
  readonly messages: ParsedMail[];
  /** Stops accepting connections (the server is down: connections are refused). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

function createServer(messages: ParsedMail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
}

const listen = (server: SMTPServer, port: number) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });

/** Starts a sink on a free port. */
export async function startMailSink(): Promise<MailSink> {
  const messages: ParsedMail[] = [];
  let server = createServer(messages);
  const port = await listen(server, 0);
  let running = true;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async down() {
      if (!running) return;
      running = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async up() {
      if (running) return;
      server = createServer(messages);
      await listen(server, port);
      running = true;
    },
    async close() {
      if (running) await new Promise<void>((resolve) => server.close(() => resolve()));
      running = false;
    },
  };
}
