import { expect } from 'chai';
import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import { uniqueDbName } from './support/unique-db-name.js';

describe('dexie persistence request', () => {
  it('asks navigator.storage.persist() once per page, never waiting for the answer', async () => {
    let calls = 0;
    const storageManager = navigator.storage;
    // Never answers, as when the browser waits for the user: nothing may hang on it.
    Object.defineProperty(storageManager, 'persist', {
      configurable: true,
      value: () => ((calls += 1), new Promise<boolean>(() => undefined)),
    });
    const names = [uniqueDbName('persist'), uniqueDbName('persist'), uniqueDbName('persist')];
    try {
      const quiet = createDexieStorage({ name: names[0], requestPersistence: false });
      expect(calls).to.equal(0);
      const first = createDexieStorage({ name: names[1] });
      const second = createDexieStorage({ name: names[2] });
      expect(calls).to.equal(1);
      await first.commit([], { dossierIds: [], riskTypeIds: [] });
      expect(await second.listRiskTypes()).to.deep.equal([]);
      for (const storage of [quiet, first, second]) await storage.close();
    } finally {
      delete (storageManager as unknown as { persist?: unknown }).persist;
      for (const name of names) await deleteDexieStorage(name);
    }
    expect(typeof navigator.storage.persist).to.equal('function');
  });
});
