import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { OutgoingReminder, ReminderMailer } from './reminder-mailer.js';
import { createReminderScheduler, type ReminderScheduler } from './reminder-scheduler.js';

/** One e-mail of the simulated outbox, with the moment of the demo's clock it left at. */
export interface DemoOutboxMessage extends OutgoingReminder {
  readonly sentAt: string;
}

/**
 * Development only: automatic reminders on a clock the demo moves forward
 * ("Avancer l'horloge de 7 jours"), sent to an in-memory outbox instead of a
 * mail server. The server judges commits on the same clock.
 */
export interface DemoReminders {
  /** The demo's clock: the real time plus what was advanced. */
  now(): Date;
  readonly scheduler: ReminderScheduler;
  /** Moves the clock by `days`, an hour at a time, running the scheduler at each step; returns what was sent meanwhile. */
  advance(days: number): Promise<DemoOutboxMessage[]>;
  /** Every message sent so far, oldest first (the last 500). */
  messages(): readonly DemoOutboxMessage[];
}

const HOUR = 3_600_000;

/** Demo reminders on `database`, with `links` for the e-mails (the unsubscribe link of the server). */
export function createDemoReminders(
  database: PostgresDatabase,
  links: (tenantId: string, dossierId: string) => { unsubscribeUrl?: string },
): DemoReminders {
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const outbox: DemoOutboxMessage[] = [];
  const mailer: ReminderMailer = {
    async send(message) {
      outbox.push({ ...message, sentAt: now().toISOString() });
      if (outbox.length > 500) outbox.splice(0, outbox.length - 500);
    },
    async close() {},
  };
  const scheduler = createReminderScheduler({ database, mailer, now, links, instanceId: 'demo' });
  let advancing: Promise<unknown> = Promise.resolve();
  return {
    now,
    scheduler,
    messages: () => outbox,
    advance(days) {
      const run = advancing.then(async () => {
        const before = outbox.length;
        const first = outbox[before - 1];
        for (let step = 0; step < days * 24; step += 1) {
          offset += HOUR;
          await scheduler.tick();
        }
        // The outbox may have been trimmed: what follows the last message seen before.
        const from = first ? outbox.indexOf(first) + 1 : 0;
        return outbox.slice(from);
      });
      advancing = run.catch(() => undefined);
      return run;
    },
  };
}
