import { createDossierClient } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { samplePdf } from '@dossier/core/testing';
import { issueDevToken } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { createRestStorage } from '@dossier/storage-rest';
import { expect } from 'chai';
import { SignJWT } from 'jose';
import { TEST_AUDIENCE, TEST_SECRET, startTestServer, type TestServer } from './support/test-server.js';

/** A multipart commit body as the REST client sends it. */
function commitBody(operations: readonly StorageOperation[], dossierIds: string[] = []): FormData {
  const body = new FormData();
  body.append('operations', JSON.stringify(operations));
  body.append('scope', JSON.stringify({ dossierIds, riskTypeIds: [] }));
  return body;
}

describe('server: authentication, roles and tenancy on every endpoint', function () {
  this.timeout(60_000);
  let postgres: TestDatabase;
  let database: PostgresDatabase;
  let server: TestServer;
  let documentId: string;
  let tokenA: string;

  /** Every endpoint of the contract, with ids of tenant A. */
  const endpoints = (): { name: string; method: string; path: string; body?: () => FormData }[] => [
    { name: 'GET /records/{kind}/{id}', method: 'GET', path: '/records/dossier/P-1' },
    { name: 'GET /records/{kind}?ids', method: 'GET', path: '/records/dossier?ids=P-1' },
    { name: 'GET /records/{kind}?parent', method: 'GET', path: '/records/document?parent=P-1' },
    { name: 'GET /risk-types', method: 'GET', path: '/risk-types' },
    { name: 'GET /documents/{id}/content', method: 'GET', path: `/documents/${documentId}/content` },
    { name: 'GET /audit', method: 'GET', path: '/audit?limit=10' },
    { name: 'GET /changes', method: 'GET', path: '/changes?since=0' },
    {
      name: 'POST /commits',
      method: 'POST',
      path: '/commits',
      body: () => commitBody([{ op: 'put', kind: 'riskType', value: { id: 'x', label: 'X', revision: 1 }, ifRevision: 0 }]),
    },
  ];
  const call = (endpoint: { method: string; path: string; body?: () => FormData }, authorization?: string) =>
    fetch(`${server.baseUrl}${endpoint.path}`, {
      method: endpoint.method,
      headers: authorization === undefined ? {} : { authorization },
      ...(endpoint.body ? { body: endpoint.body() } : {}),
    });
  /** The feed position and the risk types of tenant A: what a refused write must leave as it was. */
  const stateOfA = async () => {
    const feed = (await (await fetch(`${server.baseUrl}/changes?since=0`, { headers: { authorization: `Bearer ${tokenA}` } })).json()) as {
      seq: number;
    };
    const riskTypes = (await (
      await fetch(`${server.baseUrl}/risk-types`, { headers: { authorization: `Bearer ${tokenA}` } })
    ).json()) as unknown;
    return JSON.stringify([feed.seq, riskTypes]);
  };

  before(async () => {
    postgres = await createTestDatabase('dossier_auth');
    database = await openPostgresDatabase({ db: postgres.pool() });
    // Refused authentications are rate-limited per address: generous here, tested on its own below.
    server = await startTestServer(database, {
      limits: { rate: { perSecond: 10_000, burst: 10_000 }, authFailureRate: { perSecond: 10_000, burst: 10_000 } },
    });
    tokenA = await server.token('tenant-a');
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${tokenA}` }) });
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'] });
    await client.dossiers.open({
      id: 'P-1',
      riskTypeId: 'auto',
      client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne.martin@example.fr' },
    });
    documentId = (await client.documents.add('P-1', { blob: samplePdf('secret-scan'), name: 'permis.pdf' }, { pieceId: permis.id })).id;
    await storage.close();
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
  });

  const refusals: [string, () => Promise<string | undefined>, number][] = [
    ['no token', async () => undefined, 401],
    ['an empty bearer', async () => 'Bearer ', 401],
    ['another scheme', async () => `Basic ${Buffer.from('a:b').toString('base64')}`, 401],
    [
      'an expired token',
      async () =>
        `Bearer ${await new SignJWT({ tenant: 'tenant-a', roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setAudience(TEST_AUDIENCE).setIssuedAt(1_700_000_000).setExpirationTime(1_700_000_600).sign(new TextEncoder().encode(TEST_SECRET))}`,
      401,
    ],
    [
      'a forged signature',
      async () =>
        `Bearer ${await issueDevToken({ secret: 'another-secret-of-at-least-thirty-two-bytes', audience: TEST_AUDIENCE, tenantId: 'tenant-a' })}`,
      401,
    ],
    [
      'a wrong audience',
      async () => `Bearer ${await issueDevToken({ secret: TEST_SECRET, audience: 'another-app', tenantId: 'tenant-a' })}`,
      401,
    ],
    [
      'an unsigned token (alg none)',
      async () =>
        `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"tenant":"tenant-a","sub":"u","aud":"dossier-test","exp":9999999999,"roles":["admin"]}').toString('base64url')}.`,
      401,
    ],
    ['a token without a Dossier role', async () => `Bearer ${await server.token('tenant-a', ['viewer'])}`, 403],
  ];
  for (const [label, header, status] of refusals) {
    it(`refuses ${label} on every endpoint (${status}, problem+json, nothing leaked or written)`, async () => {
      const authorization = await header();
      const before = await stateOfA();
      for (const endpoint of endpoints()) {
        const response = await call(endpoint, authorization);
        const text = await response.text();
        expect(response.status, endpoint.name).to.equal(status);
        expect(response.headers.get('content-type'), endpoint.name).to.match(/^application\/problem\+json/);
        const problem = JSON.parse(text) as { code?: string; status?: number };
        expect(problem.code, endpoint.name).to.equal('storage-unavailable');
        expect(problem.status).to.equal(status);
        for (const secret of ['Jeanne', 'jeanne.martin', 'Permis', '%PDF', 'auto'])
          expect(text, `${endpoint.name} leaks ${secret}`).not.to.contain(secret);
      }
      expect(await stateOfA(), 'nothing written').to.equal(before);
    });
  }

  it('never shows another tenant’s records, bytes, audit or changes', async () => {
    const tokenB = await server.token('tenant-b');
    const get = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${tokenB}` } });
    const record = await get('/records/dossier/P-1');
    expect(record.status).to.equal(404);
    expect(((await record.json()) as { code: string }).code).to.equal('not-found');
    expect(await (await get('/records/dossier?ids=P-1')).json()).to.deep.equal({ items: [null] });
    expect(await (await get('/records/summary?ids=P-1')).json()).to.deep.equal({ items: [null] });
    expect(await (await get('/records/document?parent=P-1')).json()).to.deep.equal({ items: [] });
    expect(await (await get('/records/piece?parent=auto')).json()).to.deep.equal({ items: [] });
    expect(await (await get('/risk-types')).json()).to.deep.equal({ items: [] });
    const content = await get(`/documents/${documentId}/content`);
    expect(content.status).to.equal(404);
    expect(await content.text()).not.to.contain('%PDF');
    expect(await (await get('/audit?limit=10')).json()).to.deep.equal({ items: [], total: 0, nextCursor: null });
    expect(((await (await get('/changes?since=0')).json()) as { changes: unknown[] }).changes).to.deep.equal([]);
  });

  it('never lets a tenant write another tenant’s records', async () => {
    const tokenB = await server.token('tenant-b');
    const before = await stateOfA();
    const dossierA = (await (
      await fetch(`${server.baseUrl}/records/dossier/P-1`, { headers: { authorization: `Bearer ${tokenA}` } })
    ).json()) as { revision: number };
    // Overwriting A's dossier by its id and revision: in B's rows there is no such dossier.
    const overwrite = await fetch(`${server.baseUrl}/commits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenB}` },
      body: commitBody(
        [
          { op: 'delete', kind: 'document', id: documentId, ifRevision: 1 },
          { op: 'deleteBlob', documentId },
        ],
        ['P-1'],
      ),
    });
    expect(overwrite.status).to.be.oneOf([400, 409]);
    expect(((await overwrite.json()) as { code: string }).code).to.be.oneOf(['invalid-input', 'conflict']);
    expect(dossierA.revision).to.be.a('number');
    expect(await stateOfA()).to.equal(before);
    const bytes = await fetch(`${server.baseUrl}/documents/${documentId}/content`, { headers: { authorization: `Bearer ${tokenA}` } });
    expect(bytes.status, 'A still has its bytes').to.equal(200);
  });

  it('refuses a broker editing the catalogue or a reminder policy (403) and writes nothing; a broker still reads and works on dossiers', async () => {
    const broker = await server.token('tenant-a', ['broker'], 'broker-1');
    const before = await stateOfA();
    const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${broker}` }), retries: 0 });
    const client = createDossierClient({ storage });
    for (const attempt of [
      () => client.riskTypes.put({ id: 'auto', label: 'Renamed' }),
      () => client.riskTypes.put({ id: 'new', label: 'New' }),
      () => client.pieces.add('auto', { label: 'Extra' }),
      // Reminder policies are the cabinet's settings too.
      () =>
        client.reminderPolicies.put('auto', {
          enabled: true,
          steps: [1],
          maxReminders: 1,
          window: { days: [1], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
          escalation: null,
        }),
    ]) {
      const error = (await attempt().catch((e: unknown) => e)) as { code?: string; details?: { reason?: string } };
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details?.reason).to.match(/forbidden/);
    }
    expect(await stateOfA()).to.equal(before);
    expect((await client.dossiers.get('P-1')).client.name).to.equal('Jeanne Martin');
    await client.dossiers.setStage('P-1', 'Signature');
    await storage.close();
  });

  it('answers problem+json for unknown endpoints and malformed queries, never a stack trace', async () => {
    const auth = { authorization: `Bearer ${tokenA}` };
    const cases: [string, number][] = [
      ['/records/nope/x', 400],
      ['/audit', 400],
      ['/audit?limit=0', 400],
      ['/audit?limit=10&cursor=garbage', 400],
      ['/audit?limit=10&phase=nope', 400],
      ['/changes?since=-1', 400],
      ['/records/dossier', 400],
      ['/records/dossier?ids=a&parent=b', 400],
      ['/records/riskType?parent=x', 400],
      ['/no/such/endpoint', 404],
    ];
    for (const [path, status] of cases) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: auth });
      const text = await response.text();
      expect(response.status, path).to.equal(status);
      expect(response.headers.get('content-type'), path).to.match(/^application\/problem\+json/);
      const problem = JSON.parse(text) as { code: string; status: number };
      expect(problem.code, path).to.equal('invalid-input');
      expect(problem.status, path).to.equal(status);
      expect(text, path).not.to.match(/at .*\.(ts|js):\d+/);
    }
  });

  it('rate-limits refused authentications per address and requests per principal (429, Retry-After)', async () => {
    const limited = await startTestServer(database, {
      limits: { rate: { perSecond: 1, burst: 3 }, authFailureRate: { perSecond: 1, burst: 2 } },
    });
    try {
      const anonymous = await Promise.all(Array.from({ length: 5 }, () => fetch(`${limited.baseUrl}/risk-types`)));
      expect(anonymous.map((r) => r.status)).to.include(429);
      const token = await limited.token('tenant-a');
      const statuses = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await fetch(`${limited.baseUrl}/risk-types`, { headers: { authorization: `Bearer ${token}` } });
        statuses.push(response.status);
        if (response.status === 429) expect(Number(response.headers.get('retry-after'))).to.be.greaterThan(0);
      }
      expect(statuses.slice(0, 3)).to.deep.equal([200, 200, 200]);
      expect(statuses).to.include(429);
    } finally {
      await limited.close();
    }
  });
});
