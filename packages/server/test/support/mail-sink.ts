import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export interface MailSink {
  readonly port: number;
  readonly url: string;
  readonly messages: ParsedMail[];
  /** Transactions whose DATA began (the server answered 354), whether or not they ended with the final dot. */
  readonly started: () => number;
  /** Transactions whose DATA stream was cut before the final dot (the client went away): nothing kept. */
  readonly aborted: () => number;
  /** Refuses (550, after the final dot) the next `count` messages. */
  refuse(count: number): void;
  /** Resolves once no DATA stream is open (each one kept or aborted). */
  settled(): Promise<void>;
  /** Stops accepting connections (the server is down: connections are refused). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

interface Counters {
  refuse: number;
  started: number;
  aborted: number;
  open: number;
}

function createServer(messages: ParsedMail[], counters: Counters): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      counters.started += 1;
      counters.open += 1;
      // A stream cut before the final dot is destroyed by smtp-server: the parser fails, nothing is kept.
      simpleParser(stream)
        .then((mail) => {
          if (counters.refuse > 0) {
            counters.refuse -= 1;
            callback(Object.assign(new Error('Refused by the test'), { responseCode: 550 }));
            return;
          }
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => {
          counters.aborted += 1;
          callback(error);
        })
        .finally(() => {
          counters.open -= 1;
        });
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
  const counters: Counters = { refuse: 0, started: 0, aborted: 0, open: 0 };
  let server = createServer(messages, counters);
  const port = await listen(server, 0);
  let running = true;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    started: () => counters.started,
    aborted: () => counters.aborted,
    refuse(count) {
      counters.refuse = count;
    },
    async settled() {
      while (counters.open > 0) await new Promise((resolve) => setImmediate(resolve));
    },
    async down() {
      if (!running) return;
      running = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async up() {
      if (running) return;
      server = createServer(messages, counters);
      await listen(server, port);
      running = true;
    },
    async close() {
      if (running) await new Promise<void>((resolve) => server.close(() => resolve()));
      running = false;
    },
  };
}
