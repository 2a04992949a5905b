import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect } from 'chai';
import { createDossierClient } from '@dossier/core';
import {
  createDemoReminders,
  createDossierServer,
  createJwtAuthenticator,
  issueDevToken,
  openConfiguredServer,
  readServerConfig,
  type ConfiguredServer,
  type DemoOutboxMessage,
  type DossierServer,
} from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createRestStorage } from '@dossier/storage-rest';

const SECRET = 'demo-secret-of-at-least-thirty-two-bytes!!';

describe('demo: "Avancer l’horloge de 7 jours" runs the scheduler into the simulated outbox', function () {
  this.timeout(120_000);
  let pglite: PGlite;
  let database: PostgresDatabase;
  let server: DossierServer;
  let baseUrl: string;
  let admin: string;

  before(async () => {
    pglite = await PGlite.create();
    database = await openPostgresDatabase({ db: pglite });
    const demo = createDemoReminders(database, () => ({}));
    server = await createDossierServer({
      database,
      authenticate: createJwtAuthenticator({ secret: SECRET, audience: 'dossier' }),
      devReset: true,
      now: demo.now,
      reminders: { unsubscribeSecret: SECRET, demo },
    });
    baseUrl = await server.listen();
    admin = await issueDevToken({ secret: SECRET, audience: 'dossier', tenantId: 'demo', roles: ['admin', 'broker'], userId: 'demo' });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await pglite?.close();
  });

  const advance = async (days: number, token = admin) => {
    const response = await fetch(`${baseUrl}/dev/reminders/advance?days=${days}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as { now: string; sent: DemoOutboxMessage[] } };
  };

  it('sends the steps that fall due as the clock moves, each once, and lists them in the outbox', async () => {
    const storage = createRestStorage({ baseUrl, headers: () => ({ authorization: `Bearer ${admin}` }) });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    await client.reminders.schedule('P-1');

    const first = await advance(7);
    expect(first.status).to.equal(200);
    expect(first.body.sent.length).to.be.within(1, 2);
    expect(first.body.sent.every((message) => message.to === 'jeanne@example.fr')).to.equal(true);
    const rest = await advance(21);
    // The built-in policy: 3 reminders (days 3, 7 and 14, weekdays 09:00–18:00 Paris), no broker named.
    expect(first.body.sent.length + rest.body.sent.length).to.equal(3);
    const outbox = (await (await fetch(`${baseUrl}/dev/reminders/outbox`, { headers: { authorization: `Bearer ${admin}` } })).json()) as {
      messages: DemoOutboxMessage[];
    };
    expect(outbox.messages).to.have.length(3);
    expect(new Set(outbox.messages.map((message) => message.messageId)).size).to.equal(3);
    expect(outbox.messages[0]?.text).to.contain('Permis de conduire');
    expect((await client.reminders.list('P-1')).map((reminder) => reminder.step)).to.deep.equal([3, 2, 1]);
    await storage.close();
  });

  it('refuses a broker, and a number of days out of range', async () => {
    const broker = await issueDevToken({ secret: SECRET, audience: 'dossier', tenantId: 'demo', roles: ['broker'], userId: 'b' });
    expect((await advance(7, broker)).status).to.equal(403);
    expect((await advance(0)).status).to.equal(400);
    expect((await advance(31)).status).to.equal(400);
  });
});

describe('demo reminders of the configured server: unsubscribe links name the address it listens on', function () {
  this.timeout(120_000);
  let dataDir: string;
  let configured: ConfiguredServer | undefined;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-demo-links-'));
  });
  after(async () => {
    await configured?.server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('PORT=0: the links of the simulated outbox carry the real port, and they stop the reminders', async () => {
    configured = await openConfiguredServer(
      readServerConfig({ PORT: '0', HOST: '127.0.0.1', DOSSIER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    );
    const baseUrl = await configured.server.listen({ host: '127.0.0.1', port: 0 });
    expect(baseUrl).to.match(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/api\/dossier$/);
    const token = configured.devToken as string;
    const storage = createRestStorage({ baseUrl, headers: () => ({ authorization: `Bearer ${token}` }) });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'L-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    await client.reminders.schedule('L-1');
    const response = await fetch(`${baseUrl}/dev/reminders/advance?days=7`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const { sent } = (await response.json()) as { sent: DemoOutboxMessage[] };
    expect(sent.length).to.be.at.least(1);
    const link = sent[0]?.unsubscribeUrl ?? '';
    expect(link.startsWith(`${baseUrl}/reminders/unsubscribe?t=`), link).to.equal(true);
    // The link works: one click (RFC 8058 POST) stops the dossier's reminders.
    const stop = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(stop.status).to.equal(200);
    expect((await client.reminders.plan('L-1')).status).to.equal('stopped');
    await storage.close();
  });

  it('DOSSIER_PUBLIC_URL, when set, is what the links name; a malformed one is refused', () => {
    expect(readServerConfig({ DOSSIER_PUBLIC_URL: 'https://crm.example.fr/api/dossier/' }).publicUrl).to.equal(
      'https://crm.example.fr/api/dossier',
    );
    expect(() => readServerConfig({ DOSSIER_PUBLIC_URL: 'crm.example.fr' })).to.throw(/DOSSIER_PUBLIC_URL must start with http/);
  });
});
