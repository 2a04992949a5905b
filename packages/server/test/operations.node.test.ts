import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeCompleteness, createDossierClient, type StoragePort } from '@dossier/core';
import { summarizeDossier } from '@dossier/core/adapter';
import { samplePdf } from '@dossier/core/testing';
import { openPostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { createRestStorage } from '@dossier/storage-rest';
import { createFileBlobStore } from '@dossier/server';
import { expect } from 'chai';
import { spawnServer, type ServerProcess } from './support/spawn-server.js';

/** The secret the spawned servers verify tokens with. */
const SECRET = 'operations-secret-of-at-least-thirty-two-bytes';

describe('server operations: CLI, health, graceful shutdown, logs', function () {
  this.timeout(120_000);
  let postgres: TestDatabase;
  let dataDir: string;
  const started: ServerProcess[] = [];

  before(async () => {
    postgres = await createTestDatabase('dossier_operations');
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-operations-'));
  });
  after(async () => {
    for (const server of started) await server.stop();
    await postgres?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts with no configuration on embedded PGlite and files on disk, prints a dev token, answers /healthz and /readyz', async () => {
    const server = await spawnServer({ DOSSIER_DATA_DIR: join(dataDir, 'embedded') });
    started.push(server);
    expect(server.devToken, 'a development token is printed').to.be.a('string');
    const origin = new URL(server.baseUrl).origin;
    expect((await fetch(`${origin}/healthz`)).status).to.equal(200);
    expect((await fetch(`${origin}/readyz`)).status).to.equal(200);
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${server.devToken}` }) });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne', email: 'jeanne@example.fr' } });
    const document = await client.documents.add('P-1', { blob: samplePdf('embedded'), name: 'scan.pdf' });
    expect((await client.documents.read(document.id)).size).to.equal(samplePdf('embedded').size);
    // Development only: an admin erases the tenant (the demo's reset).
    const reset = await fetch(`${server.baseUrl}/dev/reset`, { method: 'POST', headers: { authorization: `Bearer ${server.devToken}` } });
    expect(reset.status).to.equal(204);
    expect(await client.riskTypes.list()).to.deep.equal([]);
    expect((await fetch(`${server.baseUrl}/dev/reset`, { method: 'POST' })).status).to.equal(401);
    await storage.close();
    expect(await server.stop(), 'exits cleanly on SIGTERM').to.equal(0);
  });

  it('has no reset endpoint outside development', async () => {
    const server = await spawnServer({
      DATABASE_URL: postgres.url,
      DOSSIER_JWT_SECRET: SECRET,
      DOSSIER_JWT_AUDIENCE: 'ops',
      DOSSIER_DATA_DIR: join(dataDir, 'no-reset'),
    });
    started.push(server);
    const { issueDevToken } = await import('@dossier/server');
    const token = await issueDevToken({ secret: SECRET, audience: 'ops', tenantId: 'no-reset' });
    const response = await fetch(`${server.baseUrl}/dev/reset`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(response.status).to.equal(404);
    expect(await server.stop()).to.equal(0);
  });

  it('finishes the commits in flight when stopped during a stream of commits: none half-written, every answered one stored', async () => {
    const server = await spawnServer({
      DATABASE_URL: postgres.url,
      DOSSIER_JWT_SECRET: SECRET,
      DOSSIER_JWT_AUDIENCE: 'ops',
      DOSSIER_DATA_DIR: join(dataDir, 'shutdown'),
    });
    started.push(server);
    const { issueDevToken } = await import('@dossier/server');
    const token = await issueDevToken({ secret: SECRET, audience: 'ops', tenantId: 'shutdown' });
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), retries: 0 });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'] });
    for (let i = 0; i < 4; i += 1)
      await client.dossiers.open({
        id: `P-${i}`,
        riskTypeId: 'auto',
        client: { id: `c${i}`, name: `Client ${i}`, email: `c${i}@example.fr` },
      });

    const answered: string[] = [];
    const refused: string[] = [];
    let stopping: Promise<number | null> | undefined;
    await Promise.all(
      Array.from({ length: 4 }, async (_, writer) => {
        for (let n = 0; n < 200; n += 1) {
          const name = `w${writer}-${n}.pdf`;
          try {
            await client.documents.add(`P-${writer}`, { blob: samplePdf(`${writer}-${n}`, 20_000), name });
            answered.push(name);
            if (answered.length === 30) stopping = server.stop();
          } catch {
            refused.push(name);
            if (stopping) return; // the server is going away: this writer stops
          }
        }
      }),
    );
    expect(await stopping, 'the process exits cleanly').to.equal(0);
    expect(answered.length).to.be.at.least(30);
    expect(server.stdout()).to.contain('"msg":"stopped"');

    // Read everything back straight from the database.
    const database = await openPostgresDatabase({ db: postgres.pool(), blobs: createFileBlobStore(join(dataDir, 'shutdown', 'files')) });
    try {
      const direct = database.storage('shutdown');
      const pieces = await direct.listChildren('piece', 'auto');
      const stored: string[] = [];
      for (let writer = 0; writer < 4; writer += 1) {
        const dossier = (await direct.get('dossier', `P-${writer}`))!;
        const documents = await direct.listChildren('document', dossier.id);
        for (const document of documents) {
          stored.push(document.originalName);
          expect(await direct.getBlob(document.id), `bytes of ${document.originalName}`).not.to.equal(undefined);
        }
        const summary = (await direct.get('summary', dossier.id))!;
        const expected = summarizeDossier(
          dossier,
          computeCompleteness({ dossier, pieces, documents, now: new Date() }),
          summary.lastReminderAt,
          summary.revision,
        );
        expect(summary.unclassified, `summary of ${dossier.id}`).to.equal(documents.length);
        expect({ ...summary, validFrom: null, staleAt: null }).to.deep.equal({ ...expected, validFrom: null, staleAt: null });
      }
      for (const name of answered) expect(stored, `${name} was answered: it is stored`).to.include(name);
    } finally {
      await database.close();
    }
    await storage.close();
  });

  it('lets a commit whose body is still uploading when SIGTERM arrives land whole', async () => {
    const server = await spawnServer({
      DATABASE_URL: postgres.url,
      DOSSIER_JWT_SECRET: SECRET,
      DOSSIER_JWT_AUDIENCE: 'ops',
      DOSSIER_DATA_DIR: join(dataDir, 'inflight'),
    });
    started.push(server);
    const { issueDevToken } = await import('@dossier/server');
    const token = await issueDevToken({ secret: SECRET, audience: 'ops', tenantId: 'inflight' });
    // The commit as the REST client would send it, but written by hand in two halves with SIGTERM between.
    const body = new FormData();
    body.append(
      'operations',
      JSON.stringify([{ op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Automobile', revision: 1 }, ifRevision: 0 }]),
    );
    body.append('scope', JSON.stringify({ dossierIds: [], riskTypeIds: ['auto'] }));
    const encoded = new Response(body);
    const bytes = Buffer.from(await encoded.arrayBuffer());
    const url = new URL(`${server.baseUrl}/commits`);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': encoded.headers.get('content-type') as string,
            'content-length': bytes.length,
            authorization: `Bearer ${token}`,
            'idempotency-key': 'in-flight-1',
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.write(bytes.subarray(0, 40));
      setTimeout(() => {
        void server.stop();
        setTimeout(() => request.end(bytes.subarray(40)), 300);
      }, 200);
    });
    const { status, text } = await answer;
    expect(status, text).to.equal(200);
    expect(await server.stop()).to.equal(0);
    const database = await openPostgresDatabase({ db: postgres.pool() });
    try {
      expect(await database.storage('inflight').get('riskType', 'auto')).to.deep.equal({ id: 'auto', label: 'Automobile', revision: 1 });
    } finally {
      await database.close();
    }
  });

  it('logs JSON lines without tokens or personal data', async () => {
    const server = await spawnServer({
      DATABASE_URL: postgres.url,
      DOSSIER_JWT_SECRET: SECRET,
      DOSSIER_JWT_AUDIENCE: 'ops',
      LOG_LEVEL: 'debug',
      DOSSIER_DATA_DIR: join(dataDir, 'logs'),
    });
    started.push(server);
    const { issueDevToken } = await import('@dossier/server');
    const token = await issueDevToken({ secret: SECRET, audience: 'ops', tenantId: 'logs', userId: 'jeanne.martin@example.fr' });
    const storage: StoragePort = createRestStorage({
      baseUrl: server.baseUrl,
      headers: () => ({ authorization: `Bearer ${token}` }),
      retries: 0,
    });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.dossiers.open({
      id: 'P-1',
      riskTypeId: 'auto',
      client: { id: 'c', name: 'Jeanne Martin', email: 'jeanne.martin@example.fr' },
    });
    await client.documents.add('P-1', { blob: samplePdf('logs'), name: 'Permis de Jeanne Martin.pdf' });
    await client.audit({ limit: 10 });
    await fetch(`${server.baseUrl}/risk-types`, { headers: { authorization: 'Bearer forged.token.here' } });
    await storage.close();
    expect(await server.stop()).to.equal(0);
    const lines = server.stdout().trim().split('\n');
    expect(lines.length).to.be.greaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line), line).not.to.throw();
    const log = server.stdout();
    for (const secret of [token, 'forged.token.here', 'Jeanne', 'jeanne.martin', 'Bearer'])
      expect(log, `the log holds ${secret.slice(0, 20)}`).not.to.contain(secret);
  });
});
