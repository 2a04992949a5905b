import { expect } from 'chai';
import { createDossierClient, type ReminderPolicySettings } from '@dossier/core';
import { createReminderScheduler, createSmtpMailer, type ReminderScheduler } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { startMailSink, type MailSink } from './support/mail-sink.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2 March 2026, 09:00 in Paris (UTC+1). */
const START = Date.parse('2026-03-02T08:00:00.000Z');
/** Step 1 (3 days) of a schedule started at START: Thursday 5 March, 09:00 Paris. */
const DUE = START + 3 * DAY;

const OFFICE: ReminderPolicySettings = {
  enabled: true,
  steps: [3, 7],
  maxReminders: 2,
  window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
  escalation: null,
};
const ALWAYS: ReminderPolicySettings = {
  ...OFFICE,
  window: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00', timeZone: 'Europe/Paris' },
};

async function seed(
  database: PostgresDatabase,
  tenantId: string,
  count: number,
  policy: ReminderPolicySettings,
  at: number,
): Promise<void> {
  const client = createDossierClient({ storage: database.storage(tenantId), now: () => new Date(at) });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  await client.reminderPolicies.put(null, policy);
  // Ten at a time, over the pool's connections.
  for (let from = 0; from < count; from += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - from) }, async (_, k) => {
        const i = from + k;
        await client.dossiers.open({
          id: `D-${i}`,
          riskTypeId: 'auto',
          client: { id: `c-${i}`, name: `Client ${i}`, email: `${tenantId}-${i}@example.fr` },
        });
        await client.reminders.schedule(`D-${i}`);
      }),
    );
  }
}

describe('reminder scheduler: planning claimed, backlogs outside their window (PostgreSQL)', function () {
  this.timeout(120_000);
  let server: TestDatabase;
  let database: PostgresDatabase;
  let sink: MailSink;
  const clock = { now: START };
  const scheduler = (instanceId: string): ReminderScheduler =>
    createReminderScheduler({
      database,
      mailer: createSmtpMailer({ url: sink.url, from: 'relances@cabinet.example.fr', timeoutMs: 5_000 }),
      now: () => new Date(clock.now),
      instanceId,
    });

  beforeEach(async () => {
    server = await createTestDatabase('dossier_reminder_planning');
    database = await openPostgresDatabase({ db: server.pool() });
    sink = await startMailSink();
  });
  afterEach(async () => {
    await sink?.close();
    await database?.close();
    await server?.drop();
  });

  it('two instances ticking at once plan each dossier once (counted), and send each e-mail once', async () => {
    const count = 20;
    await seed(database, 'plan-1', count, OFFICE, START);
    const instances = [scheduler('a'), scheduler('b'), scheduler('c')];
    clock.now = DUE;
    const reports = await Promise.all(instances.map((instance) => instance.tick()));
    expect(
      reports.reduce((sum, report) => sum + report.examined, 0),
      'dossiers planned',
    ).to.equal(count);
    expect(
      reports.reduce((sum, report) => sum + report.planned, 0),
      'outbox rows written',
    ).to.equal(count);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).to.equal(count);
    expect(sink.messages).to.have.length(count);
    // Nothing due any more: nobody plans anything (the record moved every wake-up time to step 2).
    clock.now = DUE + 60_000;
    const again = await Promise.all(instances.map((instance) => instance.tick()));
    expect(again.map((report) => report.examined)).to.deep.equal([0, 0, 0]);
  });

  it('a dossier due outside its window is planned once, then left alone until the window opens', async () => {
    await seed(database, 'plan-2', 3, OFFICE, START);
    const instance = scheduler('a');
    // Thursday 19:00 Paris: due since 09:00, window closed until Friday 09:00.
    clock.now = DUE + 10 * HOUR;
    expect((await instance.tick()).examined).to.equal(3);
    for (const minutes of [5, 60, 13 * 60 - 1]) {
      clock.now = DUE + 10 * HOUR + minutes * 60_000;
      expect((await instance.tick()).examined, `${minutes} minutes later`).to.equal(0);
    }
    expect(sink.messages).to.have.length(0);
    clock.now = DUE + DAY;
    const friday = await instance.tick();
    expect([friday.examined, friday.sent]).to.deep.equal([3, 3]);
  });

  it('200 rows outside their send window do not hold back one inside its window: sent in the same tick, the 200 wait for their window', async () => {
    // 200 dossiers of an office-hours cabinet, due Thursday 09:00, and one of an always-open cabinet, due Thursday 19:00.
    await seed(database, 'a-office', 200, OFFICE, START);
    await seed(database, 'z-always', 1, ALWAYS, START + 10 * HOUR);
    const instance = scheduler('a');
    // Thursday 17:59 Paris, the mail server down: the 200 are planned, fail, and are to be tried again at 18:00.
    await sink.down();
    clock.now = DUE + 9 * HOUR - 60_000;
    const down = await instance.tick();
    expect([down.planned, down.failed]).to.deep.equal([200, 200]);
    await sink.up();
    // Thursday 20:00: the 200 come first in the claims, outside their window; the other one is sent all the same.
    clock.now = DUE + 11 * HOUR;
    const evening = await instance.tick();
    expect([evening.planned, evening.deferred, evening.sent]).to.deep.equal([1, 200, 1]);
    expect(sink.messages.map((message) => (message.to && !Array.isArray(message.to) ? message.to.text : ''))).to.deep.equal([
      'z-always-0@example.fr',
    ]);
    // They wait for Friday 09:00 Paris, out of the claims meanwhile.
    const { rows } = await database.sql.query<{ next: Date | string; n: number | string }>(
      `SELECT next_attempt_at AS next, count(*) AS n FROM dossier_reminder_outbox WHERE tenant_id = 'a-office' AND state = 'pending' GROUP BY next_attempt_at`,
    );
    expect(rows.map((row) => `${new Date(row.next).toISOString()}:${row.n}`)).to.deep.equal([`${new Date(DUE + DAY).toISOString()}:200`]);
    clock.now = DUE + 11 * HOUR + 5 * 60_000;
    const later = await instance.tick();
    expect([later.examined, later.deferred, later.sent, later.cancelled]).to.deep.equal([0, 0, 0, 0]);
  });
});
