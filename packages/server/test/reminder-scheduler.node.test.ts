import { PGlite } from '@electric-sql/pglite';
import { expect } from 'chai';
import { createDossierClient, isInSendWindow, type ReminderPolicySettings } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { createReminderScheduler, createSmtpMailer, signUnsubscribeToken, type ReminderScheduler } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { startMailSink, type MailSink } from './support/mail-sink.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2 March 2026, 09:00 in Paris. */
const START = Date.parse('2026-03-02T08:00:00.000Z');
/**
 * Dossiers of the 60-day run: 30 by default in `npm test` (every tenth completed on day 5, the rest
 * through all their steps; about 15 s per database), so that the whole suite stays within its time;
 * `DOSSIER_REMINDER_DOSSIERS=1000` for the figure (PostgreSQL, 2026-11-29: 861 s for the test, 3,700 e-mails, on a 2-core machine under other load).
 */
const DOSSIERS = Number(process.env['DOSSIER_REMINDER_DOSSIERS'] ?? 30);
const SECRET = 'unsubscribe-secret-of-the-tests';

/** Weekdays 09:00–18:00 Paris; steps 3, 7, 14; the cabinet told 2 days after the last one. */
const POLICY: ReminderPolicySettings = {
  enabled: true,
  steps: [3, 7, 14],
  maxReminders: 3,
  window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
  escalation: { afterDays: 2, to: 'cabinet@example.fr' },
};

interface Fixture {
  readonly database: PostgresDatabase;
  close(): Promise<void>;
}

/** A tenant with a catalogue and `count` dossiers whose reminders start at START; returns its client and the clock. */
async function seed(database: PostgresDatabase, tenantId: string, count: number, clock: { now: number }) {
  const client = createDossierClient({ storage: database.storage(tenantId), now: () => new Date(clock.now) });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.reminderPolicies.put(null, POLICY);
  for (let i = 0; i < count; i += 1) {
    const id = `D-${i}`;
    await client.dossiers.open({ id, riskTypeId: 'auto', client: { id: `c-${i}`, name: `Client ${i}`, email: `client-${i}@example.fr` } });
    await client.reminders.schedule(id, { locale: i % 2 ? 'en' : 'fr' });
  }
  return { client, permis };
}

function schedulers(database: PostgresDatabase, sink: MailSink, clock: { now: number }, count = 2): ReminderScheduler[] {
  return Array.from({ length: count }, (_, i) =>
    createReminderScheduler({
      database,
      mailer: createSmtpMailer({ url: sink.url, from: 'Cabinet Martin <relances@cabinet.example.fr>', timeoutMs: 5_000 }),
      now: () => new Date(clock.now),
      instanceId: `instance-${i}`,
      links: (tenantId, dossierId) => ({
        uploadUrl: `https://portal.example.fr/u/${encodeURIComponent(dossierId)}`,
        unsubscribeUrl: `https://crm.example.fr/api/dossier/reminders/unsubscribe?t=${signUnsubscribeToken(SECRET, { tenantId, dossierId })}`,
      }),
    }),
  );
}

/** Every instance ticks at once (really concurrently on PostgreSQL). */
const tickAll = async (instances: ReminderScheduler[]) => Promise.all(instances.map((instance) => instance.tick()));

function reminderSuite(name: string, open: () => Promise<Fixture>) {
  describe(`reminder scheduler on ${name}`, function () {
    this.timeout(30 * 60_000);
    let fixture: Fixture;
    let sink: MailSink;

    beforeEach(async () => {
      fixture = await open();
      sink = await startMailSink();
    });
    afterEach(async () => {
      await sink?.close();
      await fixture?.close();
    });

    it(`60 days, ${DOSSIERS} dossiers, two instances: exactly the expected e-mails, by dossier and step; nothing after a completion on day 5`, async () => {
      const clock = { now: START };
      const { client, permis } = await seed(fixture.database, 'cabinet-1', DOSSIERS, clock);
      const completed = (i: number) => i % 10 === 0;
      const instances = schedulers(fixture.database, sink, clock);
      let completedOn: number | undefined;
      for (clock.now = START; clock.now <= START + 60 * DAY; clock.now += HOUR) {
        if (completedOn === undefined && clock.now >= START + 5 * DAY) {
          for (let i = 0; i < DOSSIERS; i += 10)
            await client.documents.add(`D-${i}`, { blob: samplePdf(`permis-${i}`), name: 'permis.pdf' }, { pieceId: permis.id });
          completedOn = clock.now;
        }
        await tickAll(instances);
      }

      // What the SMTP server received, by recipient; every message unique, multipart, in the schedule's language.
      const ids = sink.messages.map((message) => message.messageId);
      expect(new Set(ids).size, 'a Message-ID twice').to.equal(ids.length);
      const byRecipient = new Map<string, number>();
      for (const message of sink.messages) {
        const to = message.to && !Array.isArray(message.to) ? message.to.text : '';
        byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
        expect(message.text, 'text part').to.be.a('string').and.not.equal('');
        expect(message.html, 'HTML part').to.be.a('string').and.not.equal('');
      }
      const incomplete = Array.from({ length: DOSSIERS }, (_, i) => i).filter((i) => !completed(i)).length;
      for (let i = 0; i < DOSSIERS; i += 1)
        expect(byRecipient.get(`client-${i}@example.fr`) ?? 0, `client ${i}`).to.equal(completed(i) ? 1 : 3);
      expect(byRecipient.get('cabinet@example.fr')).to.equal(incomplete);
      expect(sink.messages.length).to.equal(incomplete * 4 + (DOSSIERS - incomplete));

      // What each dossier recorded: its steps once each, in the window; the completed ones only step 1 (day 3).
      for (let i = 0; i < DOSSIERS; i += 1) {
        const history = await client.reminders.list(`D-${i}`);
        const steps = history.map((reminder) => (reminder.origin === 'escalation' ? 'escalation' : reminder.step));
        expect(steps, `dossier ${i}`).to.deep.equal(completed(i) ? [1] : ['escalation', 3, 2, 1]);
        for (const reminder of history) expect(isInSendWindow(Date.parse(reminder.sentAt), POLICY.window), reminder.sentAt).to.equal(true);
        if (completed(i)) expect(Date.parse(history[0]?.sentAt ?? '')).to.be.below(completedOn as number);
      }
      const sample = sink.messages.find((message) => message.to && !Array.isArray(message.to) && message.to.text === 'client-1@example.fr');
      // Raw header lines: mailparser folds List-* headers into an object of its own.
      const header = (key: string) => sample?.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n/g, '');
      expect(header('list-unsubscribe')).to.match(
        /^List-Unsubscribe:\s*<https:\/\/crm\.example\.fr\/api\/dossier\/reminders\/unsubscribe\?t=/,
      );
      expect(header('list-unsubscribe-post')).to.match(/^List-Unsubscribe-Post:\s*List-Unsubscribe=One-Click$/);
      expect(sample?.text).to.contain('https://portal.example.fr/u/D-1');
      const { rows } = await fixture.database.sql.query<{ state: string; n: number | string }>(
        'SELECT state, count(*) AS n FROM dossier_reminder_outbox GROUP BY state',
      );
      expect(rows.filter((row) => row.state !== 'recorded').map((row) => `${row.state}:${row.n}`)).to.deep.equal([]);
    });

    it('SMTP down for an hour: retried with backoff, nothing lost, nothing doubled', async () => {
      const clock = { now: START };
      const count = 12;
      await seed(fixture.database, 'cabinet-2', count, clock);
      const instances = schedulers(fixture.database, sink, clock);
      // Step 1 is due Thursday 09:00 Paris; the mail server is down from then for an hour.
      const outage = START + 3 * DAY;
      for (clock.now = START; clock.now <= START + 4 * DAY; clock.now += 5 * 60_000) {
        if (clock.now === outage) await sink.down();
        if (clock.now === outage + HOUR) await sink.up();
        await tickAll(instances);
        if (clock.now >= outage && clock.now < outage + HOUR) expect(sink.messages.length).to.equal(0);
      }
      expect(sink.messages.length).to.equal(count);
      const recipients = sink.messages.map((message) => (message.to && !Array.isArray(message.to) ? message.to.text : ''));
      expect(new Set(recipients).size).to.equal(count);
      const { rows } = await fixture.database.sql.query<{ attempts: number | string; last_error: string | null; state: string }>(
        `SELECT attempts, last_error, state FROM dossier_reminder_outbox WHERE tenant_id = 'cabinet-2'`,
      );
      expect(rows).to.have.length(count);
      for (const row of rows) {
        expect(row.state).to.equal('recorded');
        expect(row.last_error).to.be.a('string');
        // Retried with growing waits (1, 2, 4, 8, 16, 32 minutes), not at every 5-minute tick (12 in the hour).
        expect(Number(row.attempts)).to.be.within(4, 9);
      }
    });
  });
}

reminderSuite('PGlite', async () => {
  const pglite = await PGlite.create();
  const database = await openPostgresDatabase({ db: pglite });
  return {
    database,
    async close() {
      await database.close();
      await pglite.close();
    },
  };
});

reminderSuite('PostgreSQL', async () => {
  const server: TestDatabase = await createTestDatabase('dossier_reminders');
  const database = await openPostgresDatabase({ db: server.pool() });
  return {
    database,
    async close() {
      await database.close();
      await server.drop();
    },
  };
});
