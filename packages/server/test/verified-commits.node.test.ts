import { createDossierClient, isDossierError, type DossierSummary } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { createRestPortal, createRestStorage } from '@dossier/storage-rest';
import { expect } from 'chai';
import { CLIENT_NOW, forgeryBench, tamper } from './support/forgery-kit.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('server: verified commits (every client write accepted; summaries judged at the server’s clock)', function () {
  this.timeout(60_000);
  let postgres: TestDatabase;
  let database: PostgresDatabase;
  let server: TestServer;

  before(async () => {
    postgres = await createTestDatabase('dossier_verified');
    database = await openPostgresDatabase({ db: postgres.pool() });
    // Clients live on 2026-11-28; the server on 2027-01-05: a document issued 2026-10-01 with 90 days of
    // validity (until 2026-12-30) is valid for the client and expired for the server.
    server = await startTestServer(database, { now: () => new Date('2027-01-05T00:00:00Z') });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
  });

  it('accepts every write core’s client makes', async () => {
    const token = await server.token('every-write');
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), retries: 0 });
    let n = 0;
    const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => CLIENT_NOW });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile (renommé)' });
    const permis = await client.pieces.add('auto', {
      label: 'Permis',
      accept: ['application/pdf'],
      instructions: 'Recto verso',
      maxBytes: 2_000_000,
    });
    const carte = await client.pieces.add('auto', {
      label: 'Carte grise',
      requirement: { optionalWhen: { attr: 'type', eq: 'pro' } },
      validityDays: 90,
    });
    const releve = await client.pieces.add('auto', { label: 'Relevé' });
    await client.pieces.update(permis.id, { label: 'Permis de conduire', instructions: null, maxBytes: null, validityDays: 3650 });
    await client.pieces.reorder('auto', [releve.id, carte.id, permis.id]);
    await client.dossiers.open({
      id: 'P-1',
      riskTypeId: 'auto',
      client: { id: 'c1', name: 'Jeanne', email: 'jeanne@example.fr', profile: { type: 'part', age: 40 } },
      stage: 'Étude',
    });
    await client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul', email: '' } });
    await client.dossiers.setStage('P-1', 'Signature');
    const a = await client.documents.add(
      'P-1',
      { blob: samplePdf('a'), name: 'permis.pdf' },
      { pieceId: permis.id, issuedOn: '2026-01-05' },
    );
    const b = await client.documents.add('P-1', { blob: samplePdf('b'), name: 'scan.pdf' });
    const c = await client.documents.add('P-1', { blob: samplePdf('c'), name: 'carte.pdf' }, { pieceId: carte.id, issuedOn: '2026-10-01' });
    await client.documents.classify(b.id, releve.id);
    await client.documents.classify(b.id, null);
    await client.documents.classify(b.id, releve.id);
    await client.documents.archive(a.id);
    await client.documents.remove(c.id);
    await client.dossiers.waive('P-1', carte.id, 'Véhicule de fonction');
    await client.dossiers.unwaive('P-1', carte.id);
    await client.dossiers.waive('P-1', carte.id, 'Véhicule de fonction');
    await client.reminders.send('P-1', await client.reminders.compose('P-1'), { name: 'test', send: async () => undefined });
    await client.dossiers.convert('P-1', { contractId: 'CT-1' });
    await client.pieces.remove(releve.id);
    await client.dossiers.archive('P-1');
    await client.dossiers.markLost('P-2');
    expect((await client.dossiers.get('P-1')).phase).to.equal('archived');
    expect((await client.dossiers.get('P-2')).phase).to.equal('lost');
    expect((await client.documents.get(b.id)).pieceId).to.equal(null);
    await storage.close();
  });

  it('accepts archiving a contract that keeps a document a review refused, as core leaves it', async () => {
    const token = await server.token('refused-then-archived');
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), retries: 0 });
    const client = createDossierClient({ storage, now: () => CLIENT_NOW });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'] });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne', email: 'jeanne@example.fr' } });
    await client.dossiers.convert('P-1', { contractId: 'CT-1' });
    // The server's clock is weeks ahead of the client's: a link of 90 days still works there.
    const link = await client.uploadLinks.create('P-1', { expiresInDays: 90 });
    const portal = createRestPortal({ baseUrl: server.baseUrl, token: link.token });
    const named = async (name: string) => (await client.documents.list('P-1')).find((d) => d.originalName === name)!.id;
    await portal.upload(permis.id, { blob: samplePdf('flou'), name: 'permis-flou.pdf' });
    await client.documents.reject(await named('permis-flou.pdf'), { reason: 'illegible' });
    await portal.upload(permis.id, { blob: samplePdf('net'), name: 'permis.pdf' });
    await client.documents.accept(await named('permis.pdf'));
    await client.dossiers.archive('P-1');
    expect((await client.dossiers.get('P-1')).phase).to.equal('archived');
    const states = Object.fromEntries((await client.documents.list('P-1')).map((d) => [d.originalName, [d.state, d.review?.status]]));
    expect(states).to.deep.equal({ 'permis-flou.pdf': ['obtained', 'rejected'], 'permis.pdf': ['archived', 'accepted'] });
    await storage.close();
  });

  it('accepts a summary a client computed before a document expired, and refuses a tampered span', async () => {
    const token = await server.token('clock');
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), retries: 0 });
    let n = 0;
    const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => CLIENT_NOW });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'], validityDays: 90 });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne', email: 'jeanne@example.fr' } });
    await client.documents.add(
      'P-1',
      { blob: samplePdf('valid-then'), name: 'permis.pdf' },
      { pieceId: permis.id, issuedOn: '2026-10-01' },
    );
    const stored = (await storage.get('summary', 'P-1')) as DossierSummary;
    expect(stored.requiredMissing, 'as the client saw it').to.equal(0);
    expect(stored.staleAt).to.equal('2026-12-30T00:00:00.000Z');

    // The same change with the span moved: at the server's clock it reads differently from its records.
    const bench = await forgeryBench(server, 'clock-forged');
    const attestation = await bench.client.pieces.add('auto', { label: 'Attestation', accept: ['application/pdf'], validityDays: 90 });
    const commit = await bench.capture((dry) =>
      dry.documents.add('P-1', { blob: samplePdf('span'), name: 'attestation.pdf' }, { pieceId: attestation.id, issuedOn: '2026-10-01' }),
    );
    const sent = commit.operations.find((o) => o.op === 'put' && o.kind === 'summary') as { value: DossierSummary };
    expect(sent.value.staleAt, 'the span the client computed').to.equal('2026-12-30T00:00:00.000Z');
    const forgedOps = tamper<DossierSummary>(commit.operations, 'summary', (s) => ({ ...s, staleAt: null }));
    const error = await bench.storage.commit(forgedOps, commit.scope).catch((e: unknown) => e);
    expect(isDossierError(error, 'invalid-input')).to.equal(true);
  });
});
