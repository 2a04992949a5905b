import { expect } from 'chai';
import Dexie from 'dexie';
import type { StorageChange } from '@dossier/core/adapter';
import { sampleRecords } from '@dossier/core/testing';
import {
  createDexieStorage,
  DEXIE_SCHEMA_VERSION,
  DEXIE_STORES,
  deleteDexieStorage,
  type DexieStorage,
  type DexieVersionChange,
} from '@dossier/storage-dexie';
import { uniqueDbName } from './support/unique-db-name.js';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for `condition`, failing after 5 s (the change travels through another event loop turn). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
    await pause(10);
  }
}

describe('dexie across tabs', () => {
  let name: string;
  let opened: DexieStorage[];
  const open = (options: Parameters<typeof createDexieStorage>[0] = {}): DexieStorage => {
    const storage = createDexieStorage({ name, requestPersistence: false, ...options });
    opened.push(storage);
    return storage;
  };

  beforeEach(() => {
    name = uniqueDbName('tabs');
    opened = [];
  });
  afterEach(async () => {
    for (const storage of opened) await storage.close();
    await deleteDexieStorage(name);
  });

  it('tells another instance on the same database, as remote, and only as local here', async () => {
    const a = open();
    const b = open();
    const seenA: StorageChange[] = [];
    const seenB: StorageChange[] = [];
    a.subscribe((change) => seenA.push(change));
    b.subscribe((change) => seenB.push(change));
    const { riskType, dossier } = sampleRecords('t');

    await a.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: ['d1'], riskTypeIds: [riskType.id] });
    await until(() => seenB.length === 1, 'b told');
    expect({ ...seenB[0] }).to.deep.equal({ dossierIds: ['d1'], riskTypeIds: [riskType.id], origin: 'remote' });
    expect(await b.get('riskType', riskType.id), 'b reads what a committed').to.deep.equal(riskType);

    await b.commit([{ op: 'put', kind: 'dossier', value: dossier }], { dossierIds: [dossier.id], riskTypeIds: [] });
    await until(() => seenA.length === 2, 'a told');
    expect(seenA.map((c) => c.origin)).to.deep.equal(['local', 'remote']);
    expect(await a.get('dossier', dossier.id)).to.deep.equal(dossier);
    await pause(50);
    expect(
      seenB.map((c) => c.origin),
      'b never hears its own commit as remote',
    ).to.deep.equal(['remote', 'local']);
    expect(a.capabilities.crossContextChanges).to.equal(true);
  });

  it('ignores foreign messages on the channel and other databases', async () => {
    const a = open();
    const seen: StorageChange[] = [];
    a.subscribe((change) => seen.push(change));
    const intruder = new BroadcastChannel(`dossier:dexie:${name}`);
    const elsewhere = createDexieStorage({ name: uniqueDbName('tabs-other'), requestPersistence: false });
    try {
      for (const message of [
        'garbage',
        null,
        42,
        { type: 'dossier-change', dossierIds: [1], riskTypeIds: [] },
        { type: 'dossier-change', dossierIds: ['x'] },
        { dossierIds: ['untyped'], riskTypeIds: [] },
        { type: 'dossier-change', dossierIds: '<img>', riskTypeIds: [] },
      ]) {
        intruder.postMessage(message);
      }
      await elsewhere.commit([], { dossierIds: ['other-db'], riskTypeIds: [] });
      intruder.postMessage({ type: 'dossier-change', dossierIds: ['<img src=x onerror=alert(1)>'], riskTypeIds: [] });
      await until(() => seen.length > 0, 'the well-formed message');
      await pause(50);
      expect(seen).to.deep.equal([{ dossierIds: ['<img src=x onerror=alert(1)>'], riskTypeIds: [], origin: 'remote' }]);
    } finally {
      intruder.close();
      await elsewhere.close();
      await deleteDexieStorage(elsewhere.name);
    }
  });

  it('stops telling a closed instance', async () => {
    const a = open();
    const b = open();
    const seen: StorageChange[] = [];
    b.subscribe((change) => seen.push(change));
    await b.close();
    await a.commit([], { dossierIds: ['after-close'], riskTypeIds: [] });
    await pause(100);
    expect(seen).to.deep.equal([]);
  });

  it('closes and reports when another tab upgrades the schema, instead of blocking it', async () => {
    const events: DexieVersionChange[] = [];
    const storage = open({ onVersionChange: (event) => events.push(event) });
    const { riskType } = sampleRecords('v');
    await storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: [], riskTypeIds: [] });

    const newer = new Dexie(name);
    newer.version(DEXIE_SCHEMA_VERSION + 1).stores({ ...DEXIE_STORES, notes: 'id' });
    try {
      await newer.open(); // resolves only once every older connection closed
      expect(newer.verno).to.equal(DEXIE_SCHEMA_VERSION + 1);
      expect(await newer.table('riskTypes').get(riskType.id)).to.deep.equal(riskType);
    } finally {
      newer.close();
    }
    expect(events).to.deep.equal([{ reason: 'upgrade-elsewhere' }]);
    for (const call of [() => storage.get('riskType', riskType.id), () => storage.commit([], { dossierIds: [], riskTypeIds: [] })]) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e as { name?: string; code?: string; details?: { reason?: string } },
      );
      expect(error?.name).to.equal('DossierError');
      expect(error?.code).to.equal('storage-unavailable');
      expect(error?.details?.reason).to.equal('upgraded elsewhere');
    }
  });

  it('closes and reports when the database is deleted elsewhere', async () => {
    const events: DexieVersionChange[] = [];
    const storage = open({ onVersionChange: (event) => events.push(event) });
    const other = open({ onVersionChange: (event) => events.push(event) });
    await storage.open();
    await other.open();
    await deleteDexieStorage(name);
    expect(events).to.deep.equal([{ reason: 'deleted' }, { reason: 'deleted' }]);
    const error = await storage.listRiskTypes().then(
      () => undefined,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).to.equal('storage-unavailable');
  });
});
