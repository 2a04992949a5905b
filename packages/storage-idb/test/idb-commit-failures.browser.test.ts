import { expect } from 'chai';
import { createDossierClient, DossierError, type StoragePort } from '@dossier/core';
import { type StorageChange } from '@dossier/core/adapter';
import { samplePdf, sampleRecords } from '@dossier/core/testing';
import { createIdbStorage, deleteIdbStorage } from '@dossier/storage-idb';
import { uniqueDbName } from './unique-db-name.js';

const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

async function rejection(task: () => Promise<unknown>): Promise<Error & { code?: string; cause?: unknown }> {
  try {
    await task();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('idb commit failures', () => {
  let name: string;
  let storage: StoragePort;
  /** What the armed hook throws, once, after `failAfter` writes. */
  let armed: { error: unknown; failAfter: number } | undefined;

  beforeEach(() => {
    name = uniqueDbName('failures');
    armed = undefined;
    storage = createIdbStorage({
      name,
      testHooks: {
        afterWrites: (written) => {
          if (armed && written >= armed.failAfter) {
            const { error } = armed;
            armed = undefined;
            throw error;
          }
        },
      },
    });
  });
  afterEach(async () => {
    await storage.close();
    await deleteIdbStorage(name);
  });

  /** A commit touching four stores plus blobs; the dossier already exists at revision 1. */
  async function failingCommit(error: unknown, failAfter: number): Promise<Error & { code?: string; cause?: unknown }> {
    const r = sampleRecords('q');
    await storage.commit([{ op: 'put', kind: 'dossier', value: r.dossier }], NO_SCOPE);
    armed = { error, failAfter };
    return rejection(() =>
      storage.commit(
        [
          { op: 'put', kind: 'document', value: r.document, ifRevision: 0 },
          { op: 'putBlob', documentId: r.document.id, blob: samplePdf('quota') },
          { op: 'put', kind: 'dossier', value: { ...r.dossier, stage: 'changed', revision: 2 }, ifRevision: 1 },
          { op: 'put', kind: 'summary', value: r.summary },
          { op: 'delete', kind: 'riskType', id: 'whatever' },
        ],
        { dossierIds: [r.dossier.id], riskTypeIds: [] },
      ),
    );
  }

  async function expectNothingWritten(): Promise<void> {
    const r = sampleRecords('q');
    expect(await storage.get('document', r.document.id)).to.equal(undefined);
    expect(await storage.getBlob(r.document.id)).to.equal(undefined);
    expect(await storage.get('summary', r.summary.id)).to.equal(undefined);
    expect(await storage.get('dossier', r.dossier.id)).to.deep.equal(r.dossier);
  }

  for (const failAfter of [1, 3, 5]) {
    it(`maps QuotaExceededError to quota-exceeded after ${failAfter} write(s), with nothing written`, async () => {
      const seen: StorageChange[] = [];
      const quota = new DOMException('full', 'QuotaExceededError');
      const error = await failingCommit(quota, failAfter);
      storage.subscribe((change) => seen.push(change));
      expect(error.name).to.equal('DossierError');
      expect(error.code).to.equal('quota-exceeded');
      expect(error.cause).to.equal(quota);
      await expectNothingWritten();
      expect(seen).to.deep.equal([]);
    });
  }

  it('maps any other failure to storage-unavailable, keeping the cause', async () => {
    const cause = new TypeError('disk on fire');
    const error = await failingCommit(cause, 2);
    expect(error.code).to.equal('storage-unavailable');
    expect(error.cause).to.equal(cause);
    expect(error.message).to.contain('disk on fire');
    await expectNothingWritten();
  });

  it('lets a DossierError through unchanged', async () => {
    const thrown = new DossierError('conflict', { kind: 'dossier', id: 'x' });
    expect(await failingCommit(thrown, 1)).to.equal(thrown);
    await expectNothingWritten();
  });

  it('stays usable after a failed commit', async () => {
    await failingCommit(new DOMException('full', 'QuotaExceededError'), 2);
    const r = sampleRecords('q');
    await storage.commit([{ op: 'put', kind: 'document', value: r.document, ifRevision: 0 }], NO_SCOPE);
    expect(await storage.get('document', r.document.id)).to.deep.equal(r.document);
  });

  it('the client reports quota-exceeded and stores no document', async () => {
    const client = createDossierClient({ storage });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'] });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne', email: 'j@example.fr' } });
    armed = { error: new DOMException('full', 'QuotaExceededError'), failAfter: 1 };
    const error = await rejection(() => client.documents.add('P-1', { blob: samplePdf('client-quota'), name: 'permis.pdf' }));
    expect(error.code).to.equal('quota-exceeded');
    expect(await client.documents.list('P-1')).to.deep.equal([]);
  });
});

describe('idb hostile input', () => {
  let name: string;
  let storage: StoragePort;
  beforeEach(() => {
    name = uniqueDbName('hostile');
    storage = createIdbStorage({ name });
  });
  afterEach(async () => {
    await storage.close();
    await deleteIdbStorage(name);
  });

  it('refuses a bad database name', () => {
    expect(() => createIdbStorage({ name: '' }))
      .to.throw(DossierError)
      .with.property('code', 'invalid-input');
    expect(() => createIdbStorage({ name: 42 as unknown as string })).to.throw(DossierError);
  });

  it('refuses unknown kinds and non-string ids with invalid-input', async () => {
    const bad: (() => Promise<unknown>)[] = [
      () => storage.get('nope' as never, 'x'),
      () => storage.get('dossier', {} as never),
      () => storage.getMany('dossier', 'abc' as never),
      () => storage.getMany('dossier', ['a', 1 as never]),
      () => storage.listChildren('riskType' as never, 'x'),
      () => storage.listChildren('__proto__' as never, 'x'),
      () => storage.listChildren('document', null as never),
      () => storage.getBlob([] as never),
      () => storage.queryAudit({ limit: 10, riskTypeId: 3 as never }),
      () => storage.queryAudit({ limit: 1.5 }),
      () => storage.queryAudit({ limit: 10, cursor: '["a"]' }),
      () => storage.queryAudit(null as never),
    ];
    for (const call of bad) {
      const error = await rejection(call);
      expect(error.code, String(call)).to.equal('invalid-input');
    }
  });

  it('refuses malformed commits with invalid-input and writes nothing', async () => {
    const { dossier } = sampleRecords('h');
    const bad: unknown[] = [
      'not an array',
      [null],
      [
        { op: 'put', kind: 'dossier', value: dossier },
        { op: 'delete', kind: 'dossier', id: { evil: true } },
      ],
      [
        { op: 'put', kind: 'dossier', value: dossier },
        { op: 'put', kind: 'blobs', value: { id: 'x', revision: 1 } },
      ],
      [
        { op: 'put', kind: 'dossier', value: dossier },
        { op: 'put', kind: 'dossier', value: { id: 42, revision: 1 } },
      ],
      [
        { op: 'put', kind: 'dossier', value: dossier },
        { op: 'drop', kind: 'dossier' },
      ],
      [
        { op: 'put', kind: 'dossier', value: dossier },
        { op: 'deleteBlob', documentId: 7 },
      ],
    ];
    for (const operations of bad) {
      const error = await rejection(() => storage.commit(operations as never, { dossierIds: [], riskTypeIds: [] }));
      expect(error.code, JSON.stringify(operations)).to.equal('invalid-input');
    }
    expect(await storage.get('dossier', dossier.id)).to.equal(undefined);
  });

  it('checks ifRevision against what is stored, not what the commit declares', async () => {
    const { dossier } = sampleRecords('rev');
    await storage.commit([{ op: 'put', kind: 'dossier', value: dossier }], NO_SCOPE);
    // Two operations on one record declaring different revisions cannot both match.
    const error = await rejection(() =>
      storage.commit(
        [
          { op: 'put', kind: 'dossier', value: { ...dossier, revision: 2 }, ifRevision: 1 },
          { op: 'delete', kind: 'dossier', id: dossier.id, ifRevision: 2 },
        ],
        NO_SCOPE,
      ),
    );
    expect(error.code).to.equal('conflict');
    expect(await storage.get('dossier', dossier.id)).to.deep.equal(dossier);
  });

  it('rejects every call after close with storage-unavailable', async () => {
    await storage.close();
    await storage.close();
    for (const call of [() => storage.get('dossier', 'x'), () => storage.commit([], NO_SCOPE), () => storage.getBlob('x')]) {
      expect((await rejection(call)).code).to.equal('storage-unavailable');
    }
  });
});
