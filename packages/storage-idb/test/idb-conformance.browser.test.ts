import type { StoragePort } from '@dossier/core';
import { runStorageConformance } from '@dossier/core/testing';
import { createIdbStorage, deleteIdbStorage } from '@dossier/storage-idb';
import { uniqueDbName } from './unique-db-name.js';

const names = new WeakMap<StoragePort, string>();
const armed = new WeakSet<StoragePort>();

runStorageConformance({
  name: 'idb',
  create: () => {
    const name = uniqueDbName('conformance');
    const storage: StoragePort = createIdbStorage({
      name,
      testHooks: {
        // Fails half-way through the armed commit, after some writes were issued in its transaction.
        afterWrites: (written, total) => {
          if (armed.has(storage) && written >= Math.ceil(total / 2)) {
            armed.delete(storage);
            throw new Error('injected failure');
          }
        },
      },
    });
    names.set(storage, name);
    return storage;
  },
  connectAgain: (storage) => createIdbStorage({ name: names.get(storage)! }),
  // Every read point and pair is covered on the memory storage (same core); here the first and last
  // read of one pair in four, for time.
  races: { readPoints: 'ends', pairs: 4 },
  // 1,000+ runs in `npm run soak`; here enough to catch a regression.
  faultInjection: { runs: 25 },
  destroy: (storage) => deleteIdbStorage(names.get(storage)!),
  capabilities: {
    injectCommitFailure: (storage) => {
      armed.add(storage);
      return () => armed.delete(storage);
    },
  },
});
