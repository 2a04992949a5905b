import type { StoragePort } from '@dossier/core';
import { runStorageConformance } from '@dossier/core/testing';
import { createDexieStorage, deleteDexieStorage, type DexieStorage } from '@dossier/storage-dexie';
import { uniqueDbName } from './support/unique-db-name.js';
import { createWriteFailure, type WriteFailure } from './support/write-failure.js';

const failures = new WeakMap<StoragePort, WriteFailure>();

runStorageConformance({
  name: 'dexie',
  create: () => {
    const failure = createWriteFailure();
    const storage = createDexieStorage({ name: uniqueDbName('conformance'), middleware: [failure.middleware], requestPersistence: false });
    failures.set(storage, failure);
    return storage;
  },
  destroy: (storage) => deleteDexieStorage((storage as DexieStorage).name),
  connectAgain: (storage) => createDexieStorage({ name: (storage as DexieStorage).name, requestPersistence: false }),
  // Every read point and pair is covered on the memory storage (same core); here the first and last
  // read of one pair in four, for time.
  races: { readPoints: 'ends', pairs: 4 },
  // 1,000+ runs in `npm run soak`; here enough to catch a regression.
  faultInjection: { runs: 25 },
  capabilities: {
    // The first table of the commit is written, the second fails as a full disk would.
    injectCommitFailure: (storage) => {
      failures.get(storage)?.arm(1, () => new DOMException('Injected: the quota is exceeded', 'QuotaExceededError'));
      return () => failures.get(storage)?.disarm();
    },
  },
});
