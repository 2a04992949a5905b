import { expect } from 'chai';
import type { StoragePort } from '@dossier/core';
import { sampleRecords } from '@dossier/core/testing';
import { createIdbStorage, deleteIdbStorage, IDB_SCHEMA_VERSION, type IdbVersionChange } from '@dossier/storage-idb';
import { openDB } from 'idb';
import { uniqueDbName } from './unique-db-name.js';

async function rejection(task: () => Promise<unknown>): Promise<{ name?: string; code?: string }> {
  try {
    await task();
  } catch (error) {
    return error as { name?: string; code?: string };
  }
  throw new Error('expected a rejection');
}

describe('idb version change', () => {
  it('closes for an upgrade in another tab, reports it, and refuses later calls', async () => {
    const name = uniqueDbName('upgrade');
    const changes: IdbVersionChange[] = [];
    const storage = createIdbStorage({ name, onVersionChange: (change) => changes.push(change) });
    const seen: unknown[] = [];
    storage.subscribe((change) => seen.push(change));
    const { riskType } = sampleRecords('vc');
    await storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: [], riskTypeIds: [] });
    seen.length = 0;

    // A newer schema in "another tab": it must not stay blocked by our connection.
    const newer = await openDB(name, IDB_SCHEMA_VERSION + 1, { upgrade: (db) => void db.createObjectStore('fromTheFuture') });
    try {
      expect(changes).to.deep.equal([{ reason: 'upgrade-elsewhere' }]);
      for (const call of [
        () => storage.get('riskType', riskType.id),
        () => storage.listRiskTypes(),
        () => storage.queryAudit({ limit: 10 }),
        () => storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: [], riskTypeIds: [] }),
      ]) {
        const error = await rejection(call);
        expect(error.name).to.equal('DossierError');
        expect(error.code).to.equal('storage-unavailable');
      }
      // Remote messages no longer reach listeners either.
      const channel = new BroadcastChannel(`dossier:idb:${name}`);
      channel.postMessage({ type: 'dossier-change', dossierIds: ['x'], riskTypeIds: [] });
      channel.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).to.deep.equal([]);
    } finally {
      newer.close();
      await storage.close();
      await deleteIdbStorage(name);
    }
    expect(changes).to.have.length(1);
  });

  it('closes for a deletion and reports "deleted"; the deletion completes', async () => {
    const name = uniqueDbName('delete');
    const changes: IdbVersionChange[] = [];
    const a: StoragePort = createIdbStorage({ name, onVersionChange: (change) => changes.push(change) });
    const b: StoragePort = createIdbStorage({ name, onVersionChange: (change) => changes.push(change) });
    await a.listRiskTypes();
    await b.listRiskTypes();
    await deleteIdbStorage(name);
    expect(changes).to.deep.equal([{ reason: 'deleted' }, { reason: 'deleted' }]);
    expect((await rejection(() => a.get('dossier', 'x'))).code).to.equal('storage-unavailable');
    await a.close();
    await b.close();
  });

  it('a throwing onVersionChange does not keep the other tab blocked', async () => {
    const name = uniqueDbName('throwing');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    const previous = window.onerror;
    window.onerror = null; // the runner's handler would count the expected report as a failure
    window.addEventListener('error', onError);
    const storage = createIdbStorage({
      name,
      onVersionChange: () => {
        throw new Error('host bug');
      },
    });
    try {
      await storage.listRiskTypes();
      await deleteIdbStorage(name);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect((errors[0] as Error | undefined)?.message).to.equal('host bug');
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = previous;
      await storage.close();
    }
  });

  it('close() during opening leaves no connection behind', async () => {
    const name = uniqueDbName('early-close');
    const storage = createIdbStorage({ name });
    await storage.close();
    expect((await rejection(() => storage.listRiskTypes())).code).to.equal('storage-unavailable');
    await deleteIdbStorage(name); // would hang if the connection had stayed open and unaware
  });
});
