// The Chromium half of `npm run soak`: fault-injection walks on the Dexie and idb adapters,
// real IndexedDB. Settings come from the page's query string (runs, seed, adapters).
import type { StoragePort } from '@dossier/core';
import { createDexieStorage, deleteDexieStorage, type DexieStorage } from '@dossier/storage-dexie';
import { createIdbStorage, deleteIdbStorage } from '@dossier/storage-idb';
import { createWriteFailure, type WriteFailure } from '../../packages/storage-dexie/test/support/write-failure.js';
import { soakAdapters } from './soak-adapters.js';

declare global {
  interface Window {
    benchResults?: unknown;
    benchError?: string;
    benchLog?: (line: string) => void;
  }
}

const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 1000);
const seed = Number(params.get('seed') ?? 1);
const only = params.get('adapters')?.split(',');
let serial = 0;
const name = (prefix: string) => `soak-${prefix}-${Date.now()}-${(serial += 1)}`;

const idbNames = new WeakMap<StoragePort, string>();
const idbArmed = new WeakSet<StoragePort>();
const dexieFailures = new WeakMap<StoragePort, WriteFailure>();

const adapters = [
  {
    name: 'dexie',
    create: () => {
      const failure = createWriteFailure();
      const storage = createDexieStorage({ name: name('dexie'), requestPersistence: false, middleware: [failure.middleware] });
      dexieFailures.set(storage, failure);
      return storage;
    },
    destroy: (storage: StoragePort) => deleteDexieStorage((storage as DexieStorage).name),
    // The first table of the commit is written, the second fails as a full disk would.
    injectCommitFailure: (storage: StoragePort) => {
      dexieFailures.get(storage)?.arm(1, () => new DOMException('Injected: the quota is exceeded', 'QuotaExceededError'));
      return () => dexieFailures.get(storage)?.disarm();
    },
  },
  {
    name: 'idb',
    create: () => {
      const dbName = name('idb');
      const storage: StoragePort = createIdbStorage({
        name: dbName,
        testHooks: {
          afterWrites: (written, total) => {
            if (idbArmed.has(storage) && written >= Math.ceil(total / 2)) {
              idbArmed.delete(storage);
              throw new Error('injected failure inside the commit');
            }
          },
        },
      });
      idbNames.set(storage, dbName);
      return storage;
    },
    destroy: (storage: StoragePort) => deleteIdbStorage(idbNames.get(storage)!),
    injectCommitFailure: (storage: StoragePort) => {
      idbArmed.add(storage);
      return () => idbArmed.delete(storage);
    },
  },
].filter((adapter) => !only || only.includes(adapter.name));

soakAdapters(adapters, runs, seed, (line) => window.benchLog?.(line)).then(
  (results) => (window.benchResults = results),
  (error: unknown) => (window.benchError = String(error instanceof Error ? error.stack : error)),
);
