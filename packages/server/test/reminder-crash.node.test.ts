import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { expect } from 'chai';
import { createDossierClient, type DossierClient } from '@dossier/core';
import {
  createDossierServer,
  createJwtAuthenticator,
  createReminderScheduler,
  createSmtpMailer,
  signUnsubscribeToken,
  type DossierServer,
  type ReminderSendMoment,
} from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { startMailSink, type MailSink } from './support/mail-sink.js';

const CHILD = fileURLToPath(new URL('./support/reminder-child.ts', import.meta.url));
const DAY = 86_400_000;
/** Monday 2 March 2026, 09:00 Paris; step 1 of the built-in policy is due Thursday 5 March, 09:00. */
const START = Date.parse('2026-03-02T08:00:00.000Z');
const DUE = START + 3 * DAY;
const SECRET = 'unsubscribe-secret-of-the-tests-0123456789';

/** Runs one scheduler tick in a child process that kills itself (SIGKILL) at `crashAt`. */
function crashingTick(
  database: { url?: string; pgliteDir?: string },
  smtpUrl: string,
  now: number,
  crashAt: ReminderSendMoment,
): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=dossier-source', '--no-warnings', CHILD], {
    env: {
      ...process.env,
      DATABASE_URL: database.url ?? '',
      PGLITE_DIR: database.pgliteDir ?? '',
      SMTP_URL: smtpUrl,
      NOW: String(now),
      CRASH_AT: crashAt,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

const recipients = (sink: MailSink) =>
  sink.messages.map((message) => (message.to && !Array.isArray(message.to) ? message.to.text : '')).sort();

async function seed(database: PostgresDatabase, tenantId: string, count: number): Promise<DossierClient> {
  const client = createDossierClient({ storage: database.storage(tenantId), now: () => new Date(START) });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  for (let i = 0; i < count; i += 1) {
    await client.dossiers.open({
      id: `D-${i}`,
      riskTypeId: 'auto',
      client: { id: `c-${i}`, name: `Client ${i}`, email: `client-${i}@example.fr` },
    });
    await client.reminders.schedule(`D-${i}`);
  }
  return client;
}

describe('reminder scheduler: a sender killed, refused or stalled around its SMTP call (PostgreSQL; kills in a child process)', function () {
  this.timeout(180_000);
  let server: TestDatabase;
  let database: PostgresDatabase;
  let sink: MailSink;

  beforeEach(async () => {
    server = await createTestDatabase('dossier_reminder_crash');
    database = await openPostgresDatabase({ db: server.pool() });
    sink = await startMailSink();
  });
  afterEach(async () => {
    await sink?.close();
    await database?.close();
    await server?.drop();
  });

  const survivor = (now: number) =>
    createReminderScheduler({
      database,
      mailer: createSmtpMailer({ url: sink.url, from: 'relances@cabinet.example.fr', timeoutMs: 5_000 }),
      now: () => new Date(now),
      instanceId: 'survivor',
    });

  it('killed after the claim, before the SMTP call: another instance sends each e-mail once when the lease ends (no loss, no duplicate)', async () => {
    const client = await seed(database, 'crash-1', 3);
    expect(await crashingTick({ url: server.url }, sink.url, DUE, 'claimed')).to.equal('SIGKILL');
    expect(sink.messages).to.have.length(0);
    const { rows } = await database.sql.query<{ state: string; claimed_by: string; attempts: number }>(
      'SELECT state, claimed_by, attempts FROM dossier_reminder_outbox',
    );
    expect(rows.map((row) => `${row.state}/${row.claimed_by}/${row.attempts}`)).to.deep.equal([
      'pending/doomed/1',
      'pending/doomed/1',
      'pending/doomed/1',
    ]);
    // Within the lease, nobody takes the rows over.
    await survivor(DUE + 60_000).tick();
    expect(sink.messages).to.have.length(0);
    await survivor(DUE + 6 * 60_000).tick();
    await survivor(DUE + 7 * 60_000).tick();
    expect(sink.messages.map((message) => (message.to && !Array.isArray(message.to) ? message.to.text : '')).sort()).to.deep.equal([
      'client-0@example.fr',
      'client-1@example.fr',
      'client-2@example.fr',
    ]);
    for (let i = 0; i < 3; i += 1) expect((await client.reminders.list(`D-${i}`)).map((r) => r.step)).to.deep.equal([1]);
  });

  it('killed during DATA, before the final dot: the SMTP server keeps nothing; sent once when the lease ends', async () => {
    const client = await seed(database, 'crash-2', 2);
    expect(await crashingTick({ url: server.url }, sink.url, DUE, 'data')).to.equal('SIGKILL');
    await sink.settled();
    // The transaction reached DATA and was cut before its end-of-data mark: discarded.
    expect(sink.started()).to.equal(1);
    expect(sink.aborted()).to.equal(1);
    expect(sink.messages).to.have.length(0);
    const { rows } = await database.sql.query<{ state: string }>('SELECT state FROM dossier_reminder_outbox ORDER BY id');
    expect(rows.map((row) => row.state)).to.deep.equal(['pending', 'pending']);
    await survivor(DUE + 6 * 60_000).tick();
    await survivor(DUE + 7 * 60_000).tick();
    expect(recipients(sink)).to.deep.equal(['client-0@example.fr', 'client-1@example.fr']);
    for (let i = 0; i < 2; i += 1) expect((await client.reminders.list(`D-${i}`)).map((r) => r.step)).to.deep.equal([1]);
  });

  it('killed after the SMTP server accepted, before the outbox says sent: recorded once, never sent again', async () => {
    const client = await seed(database, 'crash-3', 2);
    expect(await crashingTick({ url: server.url }, sink.url, DUE, 'accepted')).to.equal('SIGKILL');
    await sink.settled();
    expect(sink.messages).to.have.length(1);
    const { rows } = await database.sql.query<{ state: string }>('SELECT state FROM dossier_reminder_outbox ORDER BY state');
    expect(rows.map((row) => row.state)).to.deep.equal(['handed-over', 'pending']);
    await survivor(DUE + 6 * 60_000).tick();
    await survivor(DUE + 7 * 60_000).tick();
    expect(recipients(sink)).to.deep.equal(['client-0@example.fr', 'client-1@example.fr']);
    expect(new Set(sink.messages.map((message) => message.messageId)).size).to.equal(2);
    for (let i = 0; i < 2; i += 1) expect((await client.reminders.list(`D-${i}`)).map((r) => r.step)).to.deep.equal([1]);
    const { rows: after } = await database.sql.query<{ state: string }>('SELECT state FROM dossier_reminder_outbox');
    expect(after.map((row) => row.state)).to.deep.equal(['recorded', 'recorded']);
  });

  it('killed in the one window left (handed-over committed, final dot not written): that message is lost, recorded as handed over, never doubled', async () => {
    const client = await seed(database, 'crash-4', 2);
    expect(await crashingTick({ url: server.url }, sink.url, DUE, 'handed-over')).to.equal('SIGKILL');
    await sink.settled();
    expect(sink.aborted()).to.equal(1);
    expect(sink.messages).to.have.length(0);
    await survivor(DUE + 6 * 60_000).tick();
    await survivor(DUE + 7 * 60_000).tick();
    // The other dossier's e-mail went; the handed-over one is recorded, not sent again.
    expect(sink.messages).to.have.length(1);
    for (let i = 0; i < 2; i += 1) expect((await client.reminders.list(`D-${i}`)).map((r) => r.step)).to.deep.equal([1]);
  });

  it('the server refuses the message after its final dot: the row goes back to pending and is sent once later', async () => {
    const client = await seed(database, 'refused', 1);
    sink.refuse(1);
    const first = await survivor(DUE).tick();
    expect([first.sent, first.failed]).to.deep.equal([0, 1]);
    const { rows } = await database.sql.query<{ state: string; last_error: string }>(
      'SELECT state, last_error FROM dossier_reminder_outbox',
    );
    expect(rows.map((row) => row.state)).to.deep.equal(['pending']);
    expect(rows[0]?.last_error).to.contain('refused');
    await survivor(DUE + 2 * 60_000).tick();
    expect(recipients(sink)).to.deep.equal(['client-0@example.fr']);
    expect((await client.reminders.list('D-0')).map((r) => r.step)).to.deep.equal([1]);
  });

  it('a sender whose lease ran out mid-DATA does not end its message: the instance that took the row over sends it, once', async () => {
    const client = await seed(database, 'fenced', 1);
    const mailer = () => createSmtpMailer({ url: sink.url, from: 'relances@cabinet.example.fr', timeoutMs: 5_000 });
    const late = createReminderScheduler({ database, mailer: mailer(), now: () => new Date(DUE + 6 * 60_000), instanceId: 'late' });
    const slow = createReminderScheduler({
      database,
      mailer: mailer(),
      now: () => new Date(DUE),
      instanceId: 'slow',
      // The slow sender stalls with its message all but ended; meanwhile its lease runs out and another instance works.
      onSend: async (moment) => {
        if (moment === 'data') await late.tick();
      },
    });
    const report = await slow.tick();
    expect([report.sent, report.failed]).to.deep.equal([0, 1]);
    await sink.settled();
    expect(sink.aborted()).to.equal(1);
    expect(recipients(sink)).to.deep.equal(['client-0@example.fr']);
    expect((await client.reminders.list('D-0')).map((r) => r.step)).to.deep.equal([1]);
  });

  it('the unsubscribe link stops the dossier’s reminders (one-click POST); a forged token stops nothing', async () => {
    const client = await seed(database, 'crash-5', 2);
    const app: DossierServer = await createDossierServer({
      database,
      authenticate: createJwtAuthenticator({ secret: 'x'.repeat(40), audience: 'dossier' }),
      reminders: { unsubscribeSecret: SECRET },
      now: () => new Date(START),
    });
    try {
      const base = await app.listen();
      const token = signUnsubscribeToken(SECRET, { tenantId: 'crash-5', dossierId: 'D-0' });
      const url = `${base}/reminders/unsubscribe?t=${encodeURIComponent(token)}`;
      // Opening the link (a mail scanner) stops nothing.
      const page = await fetch(url);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.contain('<form method="post"');
      expect((await client.reminders.plan('D-0')).status).to.equal('active');
      const forged = signUnsubscribeToken('another-secret-of-at-least-32-chars!!', { tenantId: 'crash-5', dossierId: 'D-1' });
      const refused = await fetch(`${base}/reminders/unsubscribe?t=${encodeURIComponent(forged)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(refused.status).to.equal(400);
      const done = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(done.status).to.equal(200);
      expect((await client.reminders.plan('D-0')).status).to.equal('stopped');
      expect((await client.reminders.plan('D-1')).status).to.equal('active');
      // Again: still fine, still stopped.
      expect(
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'List-Unsubscribe=One-Click',
          })
        ).status,
      ).to.equal(200);
      // And the scheduler sends nothing to the stopped dossier.
      await survivor(DUE).tick();
      await survivor(DUE + 60_000).tick();
      expect(sink.messages.map((message) => (message.to && !Array.isArray(message.to) ? message.to.text : ''))).to.deep.equal([
        'client-1@example.fr',
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('reminder scheduler: a sender killed around its SMTP call (PGlite in a data folder, reopened after the kill)', function () {
  this.timeout(180_000);
  let template: string;
  let dir: string;
  let sink: MailSink;

  // One seeded folder, copied for each test (creating a PGlite folder is the slow part).
  before(async () => {
    template = await mkdtemp(join(tmpdir(), 'dossier-reminder-crash-template-'));
    await withDatabase(template, (database) => seed(database, 'crash-pglite', 2));
  });
  after(async () => {
    if (template) await rm(template, { recursive: true, force: true });
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-reminder-crash-'));
    await cp(template, dir, { recursive: true });
    sink = await startMailSink();
  });
  afterEach(async () => {
    await sink?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens the folder in this process (no other has it open), runs `body`, closes it. */
  async function withDatabase<T>(folder: string, body: (database: PostgresDatabase) => Promise<T>): Promise<T> {
    const pglite = await PGlite.create(folder);
    const database = await openPostgresDatabase({ db: pglite });
    try {
      return await body(database);
    } finally {
      await database.close();
      await pglite.close();
    }
  }

  for (const moment of ['data', 'accepted'] as const) {
    it(`killed ${moment === 'data' ? 'during DATA, before the final dot' : 'after the 250, before the outbox says sent'}: each e-mail delivered once, recorded once`, async () => {
      expect(await crashingTick({ pgliteDir: dir }, sink.url, DUE, moment)).to.equal('SIGKILL');
      await sink.settled();
      expect(sink.messages).to.have.length(moment === 'data' ? 0 : 1);
      await withDatabase(dir, async (database) => {
        const { rows } = await database.sql.query<{ state: string }>('SELECT state FROM dossier_reminder_outbox ORDER BY state');
        expect(rows.map((row) => row.state)).to.deep.equal(moment === 'data' ? ['pending', 'pending'] : ['handed-over', 'pending']);
        const survivor = createReminderScheduler({
          database,
          mailer: createSmtpMailer({ url: sink.url, from: 'relances@cabinet.example.fr', timeoutMs: 5_000 }),
          now: () => new Date(DUE + 6 * 60_000),
          instanceId: 'survivor',
        });
        await survivor.tick();
        expect(recipients(sink)).to.deep.equal(['client-0@example.fr', 'client-1@example.fr']);
        const client = createDossierClient({ storage: database.storage('crash-pglite'), now: () => new Date(DUE + 6 * 60_000) });
        for (let i = 0; i < 2; i += 1) expect((await client.reminders.list(`D-${i}`)).map((r) => r.step)).to.deep.equal([1]);
      });
    });
  }
});
