import { toDossierError } from '@dossier/core/adapter';
import { expect } from 'chai';
import Dexie from 'dexie';
import { DossierError } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { sampleRecords, samplePdf } from '@dossier/core/testing';
import { createDexieDatabase, createDexieStorage, DEXIE_BLOB_TABLE, deleteDexieStorage, type DexieStorage } from '@dossier/storage-dexie';
import { uniqueDbName } from './support/unique-db-name.js';
import { createWriteFailure, type WriteFailure } from './support/write-failure.js';

const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

async function rejection(task: Promise<unknown>): Promise<DossierError> {
  try {
    await task;
  } catch (error) {
    expect((error as Error).name, String(error)).to.equal('DossierError');
    return error as DossierError;
  }
  throw new Error('expected a rejection');
}

describe('dexie errors', () => {
  let storage: DexieStorage;
  let failure: WriteFailure;
  const before = sampleRecords('before');
  const next = sampleRecords('next');
  const bigCommit: StorageOperation[] = [
    { op: 'put', kind: 'document', value: next.document },
    { op: 'putBlob', documentId: next.document.id, blob: samplePdf('quota') },
    { op: 'put', kind: 'dossier', value: { ...before.dossier, stage: 'changed', revision: 2 } },
    { op: 'put', kind: 'summary', value: next.summary },
  ];

  beforeEach(async () => {
    failure = createWriteFailure();
    storage = createDexieStorage({ name: uniqueDbName('errors'), middleware: [failure.middleware], requestPersistence: false });
    await storage.commit([{ op: 'put', kind: 'dossier', value: before.dossier }], NO_SCOPE);
  });
  afterEach(async () => {
    await storage.close();
    await deleteDexieStorage(storage.name);
  });

  async function expectUnchanged(): Promise<void> {
    expect(await storage.get('document', next.document.id)).to.equal(undefined);
    expect(await storage.getBlob(next.document.id)).to.equal(undefined);
    expect(await storage.get('summary', next.summary.id)).to.equal(undefined);
    expect(await storage.get('dossier', before.dossier.id)).to.deep.equal(before.dossier);
  }

  for (const afterWrites of [0, 1, 2, 3]) {
    it(`a QuotaExceededError after ${afterWrites} writes of a commit gives quota-exceeded and writes nothing`, async () => {
      const seen: unknown[] = [];
      storage.subscribe((change) => seen.push(change));
      failure.arm(afterWrites, () => new DOMException('Injected: quota exceeded', 'QuotaExceededError'));
      const error = await rejection(storage.commit(bigCommit, { dossierIds: [before.dossier.id], riskTypeIds: [] }));
      expect(error.code).to.equal('quota-exceeded');
      expect(failure.writesSeen, 'the failing write was reached').to.equal(afterWrites + 1);
      await expectUnchanged();
      expect(seen, 'nobody told').to.deep.equal([]);
      await storage.commit(bigCommit, NO_SCOPE);
      expect(await storage.get('summary', next.summary.id)).to.deep.equal(next.summary);
    });
  }

  it('any other IndexedDB failure gives storage-unavailable with the cause, and writes nothing', async () => {
    const cause = new DOMException('Injected: disk went away', 'UnknownError');
    failure.arm(1, () => cause);
    const error = await rejection(storage.commit(bigCommit, NO_SCOPE));
    expect(error.code).to.equal('storage-unavailable');
    expect(error.details.reason)
      .to.match(/^UnknownError: /)
      .and.to.contain('Injected: disk went away');
    // Dexie wraps the DOMException in its own error of the same name, `inner` keeping the original.
    const kept = error.cause as { name?: string; inner?: unknown };
    expect(kept === cause || kept.inner === cause, `cause ${String(kept)}`).to.equal(true);
    await expectUnchanged();
  });

  it('finds a QuotaExceededError wherever Dexie nests it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const nested = [
      quota,
      new Dexie.AbortError('Transaction aborted', quota),
      new Dexie.QuotaExceededError('full'),
      new Dexie.BulkError('bulk', { 3: quota }),
      new Error('wrapped', { cause: new Dexie.AbortError('aborted', quota) }),
    ];
    for (const error of nested) expect(toDossierError(error).code, String(error)).to.equal('quota-exceeded');
    expect(toDossierError(new Dexie.AbortError('aborted', new DOMException('x', 'UnknownError'))).code).to.equal('storage-unavailable');
    expect(toDossierError(new Dexie.DatabaseClosedError()).code).to.equal('storage-unavailable');
    expect(toDossierError('a string').code).to.equal('storage-unavailable');
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(toDossierError(cyclic).code).to.equal('storage-unavailable');
  });

  it('lets DossierErrors from checkOperations through unchanged', async () => {
    const error = await rejection(
      storage.commit([{ op: 'put', kind: 'dossier', value: before.dossier, ifRevision: 0 }, ...bigCommit], NO_SCOPE),
    );
    expect(error.code).to.equal('conflict');
    expect(error.details).to.deep.equal({ kind: 'dossier', id: before.dossier.id });
    expect(toDossierError(error)).to.equal(error);
    await expectUnchanged();
  });

  it('refuses hostile input with invalid-input and writes nothing', async () => {
    const attempts: [string, () => Promise<unknown>][] = [
      ['unknown kind', () => storage.get('__proto__' as never, 'x')],
      ['numeric id', () => storage.get('dossier', 5 as unknown as string)],
      ['ids not an array', () => storage.getMany('dossier', 'abc' as unknown as string[])],
      ['object parent id', () => storage.listChildren('document', {} as unknown as string)],
      ['listChildren of a kind without parent', () => storage.listChildren('summary' as never, 'x')],
      ['blob id undefined', () => storage.getBlob(undefined as unknown as string)],
      ['operations not an array', () => storage.commit('nope' as unknown as StorageOperation[], NO_SCOPE)],
      ['missing scope', () => storage.commit(bigCommit, undefined as never)],
      ['scope with numbers', () => storage.commit(bigCommit, { dossierIds: [1], riskTypeIds: [] } as never)],
      [
        'delete without id',
        () => storage.commit([...bigCommit, { op: 'delete', kind: 'dossier', id: undefined as unknown as string }], NO_SCOPE),
      ],
      [
        'uncloneable value',
        () =>
          storage.commit(
            [...bigCommit, { op: 'put', kind: 'riskType', value: { id: 'r', revision: 1, label: () => 1 } as never }],
            NO_SCOPE,
          ),
      ],
      ['null operation', () => storage.commit([...bigCommit, null as never], NO_SCOPE)],
    ];
    for (const [label, attempt] of attempts) {
      const error = await rejection(attempt());
      expect(error.code, label).to.equal('invalid-input');
    }
    await expectUnchanged();
    expect(() => createDexieStorage({ name: '' })).to.throw(DossierError);
  });

  it('stores Blobs as Blobs, type and bytes intact', async () => {
    const file = new File([new Uint8Array([37, 80, 68, 70, 0, 255])], 'scan.pdf', { type: 'application/pdf' });
    await storage.commit([{ op: 'putBlob', documentId: 'doc-file', blob: file }], NO_SCOPE);
    const raw = createDexieDatabase(storage.name);
    try {
      const row = (await raw.table(DEXIE_BLOB_TABLE).get('doc-file')) as { documentId: string; blob: unknown };
      expect(row.documentId).to.equal('doc-file');
      expect(row.blob).to.be.instanceOf(Blob);
    } finally {
      raw.close();
    }
    const back = await storage.getBlob('doc-file');
    expect(back?.type).to.equal('application/pdf');
    expect([...new Uint8Array(await back!.arrayBuffer())]).to.deep.equal([37, 80, 68, 70, 0, 255]);
  });

  it('is unusable after close, with storage-unavailable', async () => {
    await storage.open();
    await storage.close();
    for (const call of [
      () => storage.get('dossier', 'x'),
      () => storage.queryAudit({ limit: 1 }),
      () => storage.commit([], NO_SCOPE),
      () => storage.open(),
    ]) {
      const error = await rejection(call());
      expect(error.code).to.equal('storage-unavailable');
      expect(error.details.reason).to.equal('closed');
    }
    await storage.close();
  });
});
