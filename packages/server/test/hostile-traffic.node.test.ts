import { readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePdf } from '@dossier/core/testing';
import { createFileBlobStore } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';
import { startTestServer, type TestServer } from './support/test-server.js';

const NO_SCOPE = JSON.stringify({ dossierIds: [], riskTypeIds: [] });

describe('server: hostile traffic', function () {
  this.timeout(60_000);
  let postgres: TestDatabase;
  let files: string;
  let database: PostgresDatabase;
  let server: TestServer;
  let token: string;
  let tenant = 0;

  before(async () => {
    postgres = await createTestDatabase('dossier_hostile');
    files = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
    database = await openPostgresDatabase({ db: postgres.pool(), blobs: createFileBlobStore(files) });
    // Raw records (no domain rules) so that each test isolates one limit.
    server = await startTestServer(database, {
      verifyCommits: false,
      limits: {
        maxBlobBytes: 1024 * 1024,
        maxJsonBytes: 64 * 1024,
        maxFiles: 3,
        requestTimeoutMs: 2000,
        headersTimeoutMs: 1000,
        rate: { perSecond: 10_000, burst: 10_000 },
      },
    });
  });
  beforeEach(async () => {
    token = await server.token(`hostile-${(tenant += 1)}`);
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
    await rm(files, { recursive: true, force: true });
  });

  /** POSTs a commit body; resolves with the status and the parsed problem (or receipt). */
  const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.baseUrl}/commits`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    const text = await response.text();
    expect(text, 'never a stack trace').not.to.match(/at .+\.(ts|js):\d+:\d+/);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: JSON.parse(text) as { code?: string; details?: { maxBytes?: number; field?: string } },
      headers: response.headers,
    };
  };
  const form = (operations: unknown, parts: [string, Blob][] = [], scope = NO_SCOPE): FormData => {
    const body = new FormData();
    body.append('operations', typeof operations === 'string' ? operations : JSON.stringify(operations));
    body.append('scope', scope);
    for (const [name, blob] of parts) body.append(name, blob, 'blob');
    return body;
  };
  const riskType = { op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Auto', revision: 1 } };
  /** The tenant's feed position: a refused commit leaves it where it was. */
  const feed = async () =>
    (
      (await (await fetch(`${server.baseUrl}/changes?since=0`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        seq: number;
      }
    ).seq;

  const refusals: [string, () => Promise<{ status: number; type: string; body: { code?: string } }>, number, string][] = [
    [
      'a JSON body instead of multipart',
      () => post(JSON.stringify([riskType]), { 'content-type': 'application/json' }),
      400,
      'invalid-input',
    ],
    ['a body of an unknown media type', () => post('<commit/>', { 'content-type': 'text/xml' }), 415, 'invalid-input'],
    ['a multipart body without its boundary', () => post('--x\r\n', { 'content-type': 'multipart/form-data' }), 400, 'invalid-input'],
    [
      'a multipart body cut short',
      () =>
        post('--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n[', { 'content-type': 'multipart/form-data; boundary=b' }),
      400,
      'invalid-input',
    ],
    ['malformed JSON operations', () => post(form('[{"op":')), 400, 'invalid-input'],
    ['operations that are not a list', () => post(form({ op: 'put' })), 400, 'invalid-input'],
    ['an unknown operation', () => post(form([{ op: 'drop', kind: 'riskType' }])), 400, 'invalid-input'],
    [
      'a missing scope',
      () =>
        post(
          (() => {
            const body = new FormData();
            body.append('operations', '[]');
            return body;
          })(),
        ),
      400,
      'invalid-input',
    ],
    [
      'an unexpected part',
      () =>
        post(
          (() => {
            const body = form([riskType]);
            body.append('extra', 'x');
            return body;
          })(),
        ),
      400,
      'invalid-input',
    ],
    [
      'operations over the JSON limit',
      () => post(form([{ ...riskType, value: { ...riskType.value, label: 'x'.repeat(70 * 1024) } }])),
      400,
      'invalid-input',
    ],
    ['a binary part no operation names', () => post(form([riskType], [['blob-9', samplePdf('stray')]])), 400, 'invalid-input'],
    [
      'a binary part shorter than announced (truncated upload)',
      () =>
        post(
          form(
            [{ op: 'putBlob', documentId: 'd', part: 'blob-0', size: 999_999, type: 'application/pdf' }],
            [['blob-0', samplePdf('short')]],
          ),
        ),
      400,
      'invalid-input',
    ],
    [
      'a binary part over the size limit',
      () =>
        post(
          form(
            [{ op: 'putBlob', documentId: 'd', part: 'blob-0', size: 2 * 1024 * 1024, type: '' }],
            [['blob-0', new Blob([new Uint8Array(2 * 1024 * 1024)])]],
          ),
        ),
      413,
      'file-too-large',
    ],
    [
      'more binary parts than allowed',
      () =>
        post(
          form(
            [],
            Array.from({ length: 5 }, (_, i) => [`blob-${i}`, samplePdf(`many-${i}`)] as [string, Blob]),
          ),
        ),
      400,
      'invalid-input',
    ],
    [
      'a key used twice for different commits',
      async () => {
        await post(form([riskType]), { 'idempotency-key': 'k-1' });
        return post(form([{ ...riskType, value: { ...riskType.value, label: 'Other' } }]), { 'idempotency-key': 'k-1' });
      },
      422,
      'invalid-input',
    ],
  ];
  for (const [label, send, status, code] of refusals) {
    it(`refuses ${label} (${status} ${code}, problem+json, nothing written)`, async () => {
      const before = await feed();
      const answer = await send();
      expect(answer.status).to.equal(status);
      expect(answer.type).to.match(/^application\/problem\+json/);
      expect(answer.body.code).to.equal(code);
      // The key-reuse case landed its first commit on purpose.
      expect(await feed()).to.equal(label.startsWith('a key used twice') ? before + 1 : before);
    });
  }

  it('replays the answer of a commit retried with its key, applying it once', async () => {
    const first = await post(form([{ ...riskType, ifRevision: 0 }]), { 'idempotency-key': 'retry-1' });
    const again = await post(form([{ ...riskType, ifRevision: 0 }]), { 'idempotency-key': 'retry-1' });
    expect(first.status).to.equal(200);
    expect(again.status).to.equal(200);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect(again.body).to.deep.equal(first.body);
    expect(await feed()).to.equal(1);
    // A refusal is replayed too.
    const refused = await post(form([{ ...riskType, ifRevision: 7 }]), { 'idempotency-key': 'retry-2' });
    const refusedAgain = await post(form([{ ...riskType, ifRevision: 7 }]), { 'idempotency-key': 'retry-2' });
    expect([refused.status, refusedAgain.status]).to.deep.equal([409, 409]);
    expect(refusedAgain.headers.get('idempotent-replayed')).to.equal('true');
  });

  it('treats ids as data, never as paths (traversal, encoded slashes, dots)', async () => {
    const tricky = ['../../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', 'a/b', '.', '..'];
    const pdf = samplePdf('path');
    const operations = tricky.flatMap((id, index) => [
      { op: 'put', kind: 'document', value: { ...baseDocument, id } },
      { op: 'putBlob', documentId: id, part: `blob-${index}`, size: pdf.size, type: 'application/pdf' },
    ]);
    const body = form(
      operations.slice(0, 6),
      [0, 1, 2].map((i) => [`blob-${i}`, pdf] as [string, Blob]),
    );
    expect((await post(body)).status).to.equal(200);
    for (const id of tricky.slice(0, 3)) {
      const response = await fetch(`${server.baseUrl}/documents/${encodeURIComponent(id)}/content`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status, id).to.equal(200);
      expect((await response.arrayBuffer()).byteLength).to.equal(pdf.size);
      const record = await fetch(`${server.baseUrl}/records/document/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await record.json()) as { id: string }).id).to.equal(id);
    }
    for (const path of ['/documents/..%2F..%2Fpackage.json/content', '/records/dossier/..%2F..%2Fetc%2Fpasswd']) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, path).to.equal(404);
      expect(((await response.json()) as { code: string }).code).to.equal('not-found');
    }
    // Bytes live under <tenant hex>/<2 hex>/<sha256>: nothing named after an id, nothing outside the store.
    for (const tenantDir of await readdir(files)) {
      expect(tenantDir).to.match(/^[0-9a-f]+$/);
      for (const prefix of await readdir(join(files, tenantDir))) {
        for (const name of await readdir(join(files, tenantDir, prefix))) expect(name).to.match(/^[0-9a-f]{64}$/);
      }
    }
  });

  it('cuts a request that stalls (slow headers or body) and writes nothing', async () => {
    const url = new URL(server.baseUrl);
    const stalled = (payload: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(url.port), url.hostname, () => socket.write(payload));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('close', () => resolve(answer));
        socket.on('error', () => resolve(answer));
      });
    const started = Date.now();
    const headersOnly = await stalled(`POST ${url.pathname}/commits HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n`);
    const bodyStalled = await stalled(
      `POST ${url.pathname}/commits HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n[`,
    );
    expect(Date.now() - started, 'both cut within the time-outs').to.be.below(15_000);
    expect(headersOnly).not.to.contain('200 OK');
    expect(bodyStalled).not.to.contain('200 OK');
    expect(await feed()).to.equal(0);
  });
});

/** A document record for raw commits (no domain rules on this server). */
const baseDocument = {
  dossierId: 'x',
  pieceId: null,
  state: 'obtained',
  name: 'a.pdf',
  originalName: 'a.pdf',
  mediaType: 'application/pdf',
  size: 1,
  digest: '0'.repeat(64),
  issuedOn: null,
  addedAt: '2026-11-28T10:00:00.000Z',
  archivedAt: null,
  revision: 1,
};
