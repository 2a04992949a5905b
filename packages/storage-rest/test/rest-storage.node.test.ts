import { DossierError, isDossierError, type StoragePort } from '@dossier/core';
import { type StorageChange } from '@dossier/core/adapter';
import { runStorageConformance, samplePdf, sampleRecords } from '@dossier/core/testing';
import { createRestStorage, httpErrorToDossierError, parseProblemDetails, type RestStorageOptions } from '@dossier/storage-rest';
import { createDossierMockHandlers, type DossierMock, type DossierMockOptions } from '@dossier/storage-rest/mock';
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const server = setupServer();
let serial = 0;
const mocks = new WeakMap<StoragePort, { mock: DossierMock; baseUrl: string }>();
const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

/** A fresh mock server at a fresh base URL, and a REST storage on it. */
function connect(
  storageOptions: Partial<RestStorageOptions> = {},
  mockOptions: Partial<DossierMockOptions> = {},
): { storage: StoragePort; mock: DossierMock; baseUrl: string } {
  serial += 1;
  const baseUrl = `https://dossier.test/api/${serial}`;
  const mock = createDossierMockHandlers({ baseUrl, ...mockOptions });
  server.resetHandlers(...mock.handlers);
  const storage = open({ baseUrl, pollIntervalMs: 20, retryDelayMs: 5, ...storageOptions });
  mocks.set(storage, { mock, baseUrl });
  opened.push(storage);
  return { storage, mock, baseUrl };
}

/** Storages a test made; closed after it, so that no poller outlives its test. */
const opened: StoragePort[] = [];
function open(options: RestStorageOptions): StoragePort {
  const storage = createRestStorage(options);
  opened.push(storage);
  return storage;
}

/** The DossierError `task` rejects with (fails the test if it resolves or throws something else). */
async function rejection(task: Promise<unknown>): Promise<DossierError> {
  try {
    await task;
  } catch (error) {
    expect(isDossierError(error), `a DossierError, got ${String(error)}`).to.equal(true);
    return error as DossierError;
  }
  expect.fail('expected a rejection');
}

/** Counts the requests a storage sends, by method and path (after the base URL). */
function countingFetch(): { fetch: typeof fetch; count(method: string, path: string | RegExp): number } {
  const sent: string[] = [];
  return {
    fetch: (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname.replace(/^\/api\/\d+/, '')}`);
      return globalThis.fetch(input, init);
    },
    count: (method, path) =>
      sent.filter(
        (s) => s.startsWith(`${method} `) && (typeof path === 'string' ? s === `${method} ${path}` : path.test(s.slice(method.length + 1))),
      ).length,
  };
}

/** A commit writing a document, its bytes and a summary, and changing a dossier: what a failure must not half-write. */
function documentCommit(prefix: string, blob: Blob = samplePdf(prefix)) {
  const r = sampleRecords(prefix);
  return {
    records: r,
    operations: [
      { op: 'put', kind: 'document', value: r.document },
      { op: 'putBlob', documentId: r.document.id, blob },
      { op: 'put', kind: 'dossier', value: { ...r.dossier, stage: 'changed', revision: 2 }, ifRevision: 1 },
      { op: 'put', kind: 'summary', value: r.summary },
    ] as const,
  };
}

/** The server holds the dossier as seeded and nothing of the failed document commit. */
async function expectNothingWritten(mock: DossierMock, prefix: string): Promise<void> {
  const r = sampleRecords(prefix);
  expect(await mock.storage.get('document', r.document.id), 'no document record').to.equal(undefined);
  expect(await mock.storage.getBlob(r.document.id), 'no bytes').to.equal(undefined);
  expect(await mock.storage.get('summary', r.summary.id), 'no summary').to.equal(undefined);
  expect(await mock.storage.get('dossier', r.dossier.id), 'dossier unchanged').to.deep.equal(r.dossier);
}

async function seedDossier(storage: StoragePort, prefix: string): Promise<void> {
  await storage.commit([{ op: 'put', kind: 'dossier', value: sampleRecords(prefix).dossier, ifRevision: 0 }], NO_SCOPE);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) expect.fail(`${what}: not in time`);
    await pause(10);
  }
}

describe('@dossier/storage-rest in Node (msw setupServer)', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });
  after(() => server.close());

  runStorageConformance({
    name: 'rest + msw (Node)',
    create: () => connect().storage,
    connectAgain: (storage) => open({ baseUrl: mocks.get(storage)!.baseUrl, pollIntervalMs: 20, retryDelayMs: 5 }),
    capabilities: {
      injectCommitFailure: (storage) => {
        const { mock } = mocks.get(storage)!;
        mock.faults.nextCommit('server-error');
        return () => mock.faults.clear();
      },
    },
    // Every read point and pair is covered on the memory storage (same core); here the first and last
    // read of one pair in three, for time (DOSSIER_RACES=all runs them all).
    races: { readPoints: 'ends', pairs: process.env['DOSSIER_RACES'] === 'all' ? 1 : 3 },
    // 1,000+ runs in `npm run soak`; here enough to catch a regression.
    faultInjection: { runs: 25 },
  });

  it('accepts only http(s) base URLs: javascript:, data:, file: and ftp: are invalid-input', () => {
    for (const baseUrl of [
      'javascript:alert(1)',
      'JavaScript:alert(1)//',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.fr/api',
    ]) {
      let thrown: unknown;
      try {
        createRestStorage({ baseUrl });
      } catch (error) {
        thrown = error;
      }
      expect((thrown as { code?: string })?.code, baseUrl).to.equal('invalid-input');
    }
    expect(() => createRestStorage({ baseUrl: 'https://crm.example/api/dossier' })).not.to.throw();
  });

  describe('failures give typed errors and leave no partial record', () => {
    it('a 500 on every attempt: storage-unavailable after the retries, nothing written', async () => {
      const { storage, mock } = connect({ retries: 2 });
      await seedDossier(storage, 'e5');
      mock.faults.nextCommit('server-error');
      const { operations } = documentCommit('e5');
      const error = await rejection(storage.commit(operations, NO_SCOPE));
      expect(error.code).to.equal('storage-unavailable');
      expect(mock.stats.commitRequests).to.equal(1 + 3, 'seed + first attempt + 2 retries');
      await expectNothingWritten(mock, 'e5');
    });

    it('a time-out (server slower than timeoutMs): storage-unavailable, reason timeout, nothing written', async () => {
      const { storage, mock } = connect({ timeoutMs: 40, retries: 1 }, { latencyMs: (request) => (request.method === 'POST' ? 2_000 : 0) });
      // Seed directly on the server: every POST of this client is slow.
      await mock.storage.commit([{ op: 'put', kind: 'dossier', value: sampleRecords('t').dossier }], NO_SCOPE);
      const { operations } = documentCommit('t');
      const error = await rejection(storage.commit(operations, NO_SCOPE));
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('timeout');
      expect(mock.stats.commitRequests).to.equal(2, 'the keyed commit was tried twice');
      expect(mock.stats.commitsApplied).to.equal(0);
      await expectNothingWritten(mock, 't');
    });

    it('a server that stalls on a commit (timeout fault): storage-unavailable, reason timeout, nothing written', async () => {
      const { storage, mock } = connect({ timeoutMs: 50, retries: 1 });
      await seedDossier(storage, 'st');
      mock.faults.nextCommit('timeout');
      const error = await rejection(storage.commit(documentCommit('st').operations, NO_SCOPE));
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('timeout');
      expect(mock.stats.commitRequests).to.equal(1 + 2);
      await expectNothingWritten(mock, 'st');
    });

    it('a time-out on a read: storage-unavailable, reason timeout', async () => {
      const { storage } = connect({ timeoutMs: 30, retries: 0 }, { latencyMs: 2_000 });
      const error = await rejection(storage.get('dossier', 'x'));
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('timeout');
    });

    it('a connection dropped during an upload: storage-unavailable, reason network, nothing written', async () => {
      const { storage, mock } = connect({ retries: 1 });
      await seedDossier(storage, 'd');
      mock.faults.nextCommit('drop');
      const { operations } = documentCommit('d', new Blob([new Uint8Array(2_000_000)], { type: 'application/pdf' }));
      const error = await rejection(storage.commit(operations, NO_SCOPE));
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('network');
      expect(mock.stats.commitsApplied).to.equal(1, 'only the seed');
      await expectNothingWritten(mock, 'd');
    });

    it('a dropped upload then a good retry: the commit lands whole, once', async () => {
      const { storage, mock } = connect();
      await seedDossier(storage, 'dr');
      mock.faults.nextCommit('drop', { attempts: 1 });
      const { operations, records } = documentCommit('dr');
      await storage.commit(operations, NO_SCOPE);
      expect(mock.stats.commitsApplied).to.equal(2);
      expect(await mock.storage.get('document', records.document.id)).to.deep.equal(records.document);
      expect((await mock.storage.getBlob(records.document.id))?.size).to.equal(operations[1].blob.size);
    });

    it("a 409 on concurrent edits: conflict, not retried, the other client's edit kept, nothing else written", async () => {
      const { storage: a, mock, baseUrl } = connect();
      const counter = countingFetch();
      const b = open({ baseUrl, retryDelayMs: 5, fetch: counter.fetch });
      await seedDossier(a, 'c');
      const seenByA = await a.get('dossier', 'c-dossier');
      const seenByB = await b.get('dossier', 'c-dossier');
      expect(seenByA?.revision).to.equal(1);
      expect(seenByB?.revision).to.equal(1);
      const edited = { ...seenByA!, stage: 'Signature', revision: 2 };
      await a.commit([{ op: 'put', kind: 'dossier', value: edited, ifRevision: 1 }], NO_SCOPE);
      const { operations } = documentCommit('c');
      const error = await rejection(b.commit(operations, NO_SCOPE));
      expect(error.code).to.equal('conflict');
      expect(counter.count('POST', '/commits')).to.equal(1, 'a conflict is not retried');
      const r = sampleRecords('c');
      expect(await mock.storage.get('dossier', r.dossier.id)).to.deep.equal(edited);
      expect(await mock.storage.get('document', r.document.id)).to.equal(undefined);
      expect(await mock.storage.getBlob(r.document.id)).to.equal(undefined);
      await b.close();
    });

    it('an injected 409: conflict, nothing written', async () => {
      const { storage, mock } = connect();
      await seedDossier(storage, 'i9');
      mock.faults.nextCommit('conflict');
      expect((await rejection(storage.commit(documentCommit('i9').operations, NO_SCOPE))).code).to.equal('conflict');
      await expectNothingWritten(mock, 'i9');
    });

    it('a commit whose answer was lost is retried with the same key and applied once', async () => {
      const { storage, mock } = connect();
      const counter = countingFetch();
      const other = open({ baseUrl: mocks.get(storage)!.baseUrl, retryDelayMs: 5, fetch: counter.fetch });
      mock.faults.nextCommit('response-lost');
      const { dossier } = sampleRecords('once');
      // ifRevision 0: applied twice, the second would be a conflict.
      await other.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }], { dossierIds: [dossier.id], riskTypeIds: [] });
      expect(counter.count('POST', '/commits')).to.equal(2);
      expect(mock.stats.commitsApplied).to.equal(1);
      expect(await mock.storage.get('dossier', dossier.id)).to.deep.equal(dossier);
      await other.close();
    });

    it('a 500 then a good retry of a keyed commit: applied once; without a key the POST is not retried', async () => {
      const keyed = countingFetch();
      const { storage, mock, baseUrl } = connect({ fetch: keyed.fetch });
      mock.faults.nextCommit('server-error', { attempts: 1 });
      const { dossier } = sampleRecords('k');
      await storage.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }], NO_SCOPE);
      expect(keyed.count('POST', '/commits')).to.equal(2);
      expect(mock.stats.commitsApplied).to.equal(1);

      const plain = countingFetch();
      const keyless = open({ baseUrl, retryDelayMs: 5, fetch: plain.fetch, idempotentCommits: false });
      mock.faults.nextCommit('server-error', { attempts: 1 });
      const { riskType } = sampleRecords('k');
      const error = await rejection(keyless.commit([{ op: 'put', kind: 'riskType', value: riskType }], NO_SCOPE));
      expect(error.code).to.equal('storage-unavailable');
      expect(plain.count('POST', '/commits')).to.equal(1, 'a POST without Idempotency-Key is sent once');
      expect(await mock.storage.get('riskType', riskType.id)).to.equal(undefined);
      await keyless.close();
    });

    it('a GET is retried after a 503 and a network error', async () => {
      const counter = countingFetch();
      const { storage, baseUrl } = connect({ fetch: counter.fetch });
      await seedDossier(storage, 'g');
      server.use(
        http.get(`${baseUrl}/records/dossier`, () => HttpResponse.json({ code: 'storage-unavailable' }, { status: 503 }), { once: true }),
        http.get(`${baseUrl}/records/dossier`, () => HttpResponse.error(), { once: true }),
      );
      expect((await storage.get('dossier', 'g-dossier'))?.id).to.equal('g-dossier');
      // `get` reads through the batch endpoint (GET /records/dossier?ids=…).
      expect(counter.count('GET', '/records/dossier')).to.equal(3);
    });

    it("sends the host's headers on every request, asking for them each time", async () => {
      let token = 0;
      const seen: (string | null)[] = [];
      const { storage } = connect(
        { headers: async () => ({ Authorization: `Bearer t${(token += 1)}` }) },
        {
          authorize: (request) => (
            seen.push(request.headers.get('Authorization')),
            request.headers.get('Authorization')?.startsWith('Bearer ') === true
          ),
        },
      );
      await seedDossier(storage, 'h');
      await storage.get('dossier', 'h-dossier');
      await storage.listRiskTypes();
      expect(seen).to.deep.equal(['Bearer t1', 'Bearer t2', 'Bearer t3']);
    });

    it('a 401 is storage-unavailable and not retried; a refused token writes nothing', async () => {
      const counter = countingFetch();
      const { storage, mock } = connect({ fetch: counter.fetch }, { authorize: () => false });
      const error = await rejection(storage.get('dossier', 'x'));
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('unauthorized');
      expect(counter.count('GET', '/records/dossier')).to.equal(1);
      expect(
        (await rejection(storage.commit([{ op: 'put', kind: 'riskType', value: sampleRecords('u').riskType }], NO_SCOPE))).code,
      ).to.equal('storage-unavailable');
      expect(mock.stats.commitsApplied).to.equal(0);
    });

    it('headers that cannot be sent are invalid-input before any request', async () => {
      const counter = countingFetch();
      const { storage } = connect({ fetch: counter.fetch, headers: () => ({ Authorization: 'Bearer x\r\nX-Evil: 1' }) });
      expect((await rejection(storage.get('dossier', 'x'))).code).to.equal('invalid-input');
      const failing = connect({ fetch: counter.fetch, headers: () => Promise.reject(new Error('token expired')) }).storage;
      expect((await rejection(failing.get('dossier', 'x'))).code).to.equal('storage-unavailable');
      expect(counter.count('GET', /.*/)).to.equal(0);
    });

    it('a blob over maxBlobBytes is file-too-large, locally or from a 413', async () => {
      const counter = countingFetch();
      const { storage, mock } = connect({ fetch: counter.fetch, maxBlobBytes: 1000 });
      const { operations } = documentCommit('big', new Blob([new Uint8Array(1001)]));
      const local = await rejection(storage.commit(operations, NO_SCOPE));
      expect(local.code).to.equal('file-too-large');
      expect(local.details.maxBytes).to.equal(1000);
      expect(counter.count('POST', '/commits')).to.equal(0, 'refused before upload');

      const server413 = connect({}, { maxBlobBytes: 1000 });
      await seedDossier(server413.storage, 'big');
      const remote = await rejection(server413.storage.commit(operations, NO_SCOPE));
      expect(remote.code).to.equal('file-too-large');
      expect(remote.details.maxBytes).to.equal(1000);
      await expectNothingWritten(server413.mock, 'big');
      expect(mock.stats.commitRequests).to.equal(0);
    });

    it('a 404 that is not a Dossier problem (wrong baseUrl) is not-found, not a missing record', async () => {
      const { storage, baseUrl } = connect();
      server.use(
        http.get(
          `${baseUrl}/records/dossier`,
          () => new HttpResponse('<h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      expect((await rejection(storage.get('dossier', 'x'))).code).to.equal('not-found');
      expect(await storage.get('piece', 'x')).to.equal(undefined);
    });

    it("an answer that is not the contract's JSON is storage-unavailable, reason invalid response", async () => {
      const { storage, baseUrl } = connect({ retries: 0 });
      server.use(
        http.get(`${baseUrl}/risk-types`, () => new HttpResponse('<html>proxy login</html>', { headers: { 'Content-Type': 'text/html' } })),
        http.get(`${baseUrl}/records/:kind`, () => HttpResponse.json({ items: [{ id: 'a' }] })),
      );
      const error = await rejection(storage.listRiskTypes());
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('invalid response');
      expect((await rejection(storage.getMany('dossier', ['a', 'b']))).details.reason).to.equal('invalid response');
    });

    it('a closed storage aborts what is in flight and refuses new work', async () => {
      const { storage } = connect({}, { latencyMs: 2_000 });
      const inFlight = rejection(storage.get('dossier', 'x'));
      await pause(20);
      await storage.close();
      const error = await inFlight;
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('closed');
      expect((await rejection(storage.listRiskTypes())).details.reason).to.equal('closed');
    });
  });

  describe('hostile ids and inputs', () => {
    it('ids with URL syntax, dots and emptiness round-trip', async () => {
      const { storage } = connect();
      const ids = ['a/b', '../x', '%2F', 'q?x=1#f', ' espace ', 'é\u202E😀', '.', '..'];
      const base = sampleRecords('y').riskType;
      await storage.commit(
        ids.map((id) => ({ op: 'put', kind: 'riskType', value: { ...base, id } }) as const),
        NO_SCOPE,
      );
      for (const id of ids) expect((await storage.get('riskType', id))?.id, JSON.stringify(id)).to.equal(id);
      expect(await storage.get('riskType', ''), 'the empty id is read through the batch endpoint').to.equal(undefined);
      expect((await storage.getMany('riskType', [...ids, 'absent', ''])).map((r) => r?.id)).to.deep.equal([...ids, undefined, undefined]);
      const blobId = 'doc/../../x?y';
      await storage.commit([{ op: 'putBlob', documentId: blobId, blob: samplePdf('hostile') }], NO_SCOPE);
      expect((await storage.getBlob(blobId))?.size).to.equal(samplePdf('hostile').size);
      expect(await storage.listChildren('document', '../../x')).to.deep.equal([]);
    });

    it('a batch read of many ids is split into URLs of bounded length, in order', async () => {
      const counter = countingFetch();
      const { storage } = connect({ fetch: counter.fetch });
      const base = sampleRecords('m').riskType;
      const ids = Array.from({ length: 450 }, (_, i) => `risk-${'x'.repeat(20)}-${i}`);
      await storage.commit(
        ids.filter((_, i) => i % 3 === 0).map((id) => ({ op: 'put', kind: 'riskType', value: { ...base, id } }) as const),
        NO_SCOPE,
      );
      const read = await storage.getMany('riskType', ids);
      expect(read.map((r) => r?.id)).to.deep.equal(ids.map((id, i) => (i % 3 === 0 ? id : undefined)));
      expect(counter.count('GET', '/records/riskType')).to.be.greaterThan(1);
    });

    it('refuses what no URL can carry with invalid-input', async () => {
      const counter = countingFetch();
      const { storage } = connect({ fetch: counter.fetch });
      expect((await rejection(storage.get('dossier', 'lone \uD800 surrogate'))).code).to.equal('invalid-input');
      expect((await rejection(storage.getMany('dossier', ['ok', '\uDC00']))).code).to.equal('invalid-input');
      expect((await rejection(storage.getBlob('.'))).code).to.equal('invalid-input');
      expect((await rejection(storage.get('nope' as never, 'x'))).code).to.equal('invalid-input');
      expect((await rejection(storage.listChildren('summary' as never, 'x'))).code).to.equal('invalid-input');
      expect(counter.count('GET', /.*/)).to.equal(0);
    });

    it('refuses bad options with invalid-input', () => {
      for (const options of [
        { baseUrl: '' },
        { baseUrl: '/relative-in-node' },
        { baseUrl: 'https://x.test', timeoutMs: 0 },
        { baseUrl: 'https://x.test', retries: -1 },
        { baseUrl: 'https://x.test', retries: 1.5 },
      ]) {
        expect(() => createRestStorage(options as RestStorageOptions), JSON.stringify(options))
          .to.throw(DossierError)
          .with.property('code', 'invalid-input');
      }
    });
  });

  describe('change feed', () => {
    it("tells a subscriber of another client's commit as remote, and of its own once, as local", async () => {
      const { storage: a, baseUrl } = connect();
      const b = open({ baseUrl, pollIntervalMs: 20 });
      const seen: StorageChange[] = [];
      const unsubscribe = a.subscribe((change) => seen.push(change));
      await pause(60);
      await a.commit([{ op: 'put', kind: 'riskType', value: sampleRecords('own').riskType }], { dossierIds: ['own'], riskTypeIds: [] });
      await b.commit([{ op: 'put', kind: 'riskType', value: sampleRecords('other').riskType }], {
        dossierIds: ['other'],
        riskTypeIds: ['r'],
      });
      await until(() => seen.some((c) => c.dossierIds.includes('other')), 'remote change');
      await pause(100);
      expect(seen).to.deep.equal([
        { dossierIds: ['own'], riskTypeIds: [], origin: 'local' },
        { dossierIds: ['other'], riskTypeIds: ['r'], origin: 'remote' },
      ]);
      unsubscribe();
      await b.close();
    });

    it('polls only while someone is subscribed', async () => {
      const counter = countingFetch();
      const { storage } = connect({ fetch: counter.fetch });
      await pause(80);
      expect(counter.count('GET', '/changes')).to.equal(0);
      const unsubscribe = storage.subscribe(() => undefined);
      await until(() => counter.count('GET', '/changes') >= 2, 'polls');
      unsubscribe();
      await pause(40);
      const after = counter.count('GET', '/changes');
      await pause(100);
      expect(counter.count('GET', '/changes')).to.equal(after);
    });

    it('a commit that timed out but landed reaches subscribers as remote', async () => {
      // The server applies the commit, then the answer is lost on every attempt: the caller sees a failure.
      const { storage, mock } = connect({ retries: 1 });
      const seen: StorageChange[] = [];
      storage.subscribe((change) => seen.push(change));
      await pause(60);
      mock.faults.nextCommit('response-lost', { attempts: 2 });
      const error = await rejection(
        storage.commit([{ op: 'put', kind: 'riskType', value: sampleRecords('l').riskType }], { dossierIds: ['l'], riskTypeIds: [] }),
      );
      expect(error.code).to.equal('storage-unavailable');
      expect(mock.stats.commitsApplied).to.equal(1);
      await until(() => seen.length > 0, 'change');
      expect(seen).to.deep.equal([{ dossierIds: ['l'], riskTypeIds: [], origin: 'remote' }]);
    });
  });

  describe('the mock honours Idempotency-Key', () => {
    const form = (riskTypeId: string) => {
      const body = new FormData();
      body.append(
        'operations',
        JSON.stringify([{ op: 'put', kind: 'riskType', value: { ...sampleRecords('ik').riskType, id: riskTypeId } }]),
      );
      body.append('scope', JSON.stringify(NO_SCOPE));
      return body;
    };

    it('replays the stored answer to a repeated key and refuses the key for another body', async () => {
      const { baseUrl, mock } = connect();
      const send = (body: FormData) => fetch(`${baseUrl}/commits`, { method: 'POST', body, headers: { 'Idempotency-Key': 'k-1' } });
      const first = await send(form('r1'));
      const second = await send(form('r1'));
      expect(first.status).to.equal(200);
      expect(second.status).to.equal(200);
      expect(second.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(await second.json()).to.deep.equal(await first.json());
      expect(mock.stats.commitsApplied).to.equal(1);
      const reused = await send(form('r2'));
      expect(reused.status).to.equal(422);
      expect(reused.headers.get('Content-Type')).to.equal('application/problem+json');
      expect((await reused.json()).code).to.equal('invalid-input');
    });

    it('refuses malformed commits with a problem and writes nothing', async () => {
      const { baseUrl, mock } = connect();
      const post = (body: BodyInit) => fetch(`${baseUrl}/commits`, { method: 'POST', body });
      const noScope = new FormData();
      noScope.append('operations', '[]');
      const missingPart = new FormData();
      missingPart.append('operations', JSON.stringify([{ op: 'putBlob', documentId: 'd', part: 'blob-0', size: 3, type: '' }]));
      missingPart.append('scope', JSON.stringify(NO_SCOPE));
      const truncated = new FormData();
      truncated.append('operations', JSON.stringify([{ op: 'putBlob', documentId: 'd', part: 'blob-0', size: 10, type: '' }]));
      truncated.append('scope', JSON.stringify(NO_SCOPE));
      truncated.append('blob-0', new Blob(['abc']), 'blob');
      for (const body of [noScope, missingPart, truncated, 'not multipart']) {
        const answer = await post(body);
        expect(answer.status).to.equal(400);
        expect((await answer.json()).code).to.equal('invalid-input');
      }
      expect(mock.stats.commitsApplied).to.equal(0);
      expect(await mock.storage.getBlob('d')).to.equal(undefined);
    });
  });

  describe('parseProblemDetails', () => {
    it('keeps well-typed members only, a localized reason included, and bounds text', () => {
      const problem = parseProblemDetails({
        type: 'urn:dossier:error:conflict',
        title: 'x'.repeat(10_000),
        status: '409',
        code: 42,
        details: {
          kind: 'dossier',
          id: ['not', 'a', 'string'],
          reason: { fr: 'modifié entre-temps', en: 'changed meanwhile' },
          maxBytes: '1000',
          size: Number.NaN,
          missing: ['Permis', 7, null, 'Carte grise'],
          __proto__: { polluted: true },
          extra: 'ignored',
        },
      });
      expect(problem).to.deep.equal({
        type: 'urn:dossier:error:conflict',
        title: 'x'.repeat(500),
        details: { kind: 'dossier', reason: { fr: 'modifié entre-temps', en: 'changed meanwhile' }, missing: ['Permis', 'Carte grise'] },
      });
      expect(parseProblemDetails('<html>')).to.equal(undefined);
      expect(parseProblemDetails([{ code: 'conflict' }])).to.equal(undefined);
    });
  });

  describe('httpErrorToDossierError', () => {
    const cases: [number, { code?: string } | undefined, string][] = [
      [404, undefined, 'not-found'],
      [409, { code: 'storage-unavailable' }, 'conflict'],
      [413, undefined, 'file-too-large'],
      [400, undefined, 'invalid-input'],
      [422, { code: 'duplicate-document' }, 'duplicate-document'],
      [422, { code: 'made-up' }, 'invalid-input'],
      [507, undefined, 'quota-exceeded'],
      [500, { code: 'conflict' }, 'storage-unavailable'],
      [503, undefined, 'storage-unavailable'],
      [429, undefined, 'storage-unavailable'],
      [401, undefined, 'storage-unavailable'],
      [403, { code: 'invalid-transition' }, 'invalid-transition'],
    ];
    for (const [status, problem, code] of cases) {
      it(`${status} ${problem?.code ?? ''} → ${code}`, () => {
        expect(httpErrorToDossierError(status, problem).code).to.equal(code);
      });
    }
  });
});
