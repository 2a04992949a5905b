import type { StoragePort } from '@dossier/core';
import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import type { DemoStorageKind } from './demo-storage-kind.js';

/** IndexedDB database of the Dexie mode. */
const DEXIE_NAME = 'courtage-martin-crm';

/** The storage the demo's Dossier client runs on. */
export interface DemoStorage {
  readonly kind: DemoStorageKind;
  readonly storage: StoragePort;
  /** Deletes every stored record of this mode. Call it after `client.close()`. */
  erase(): Promise<void>;
}

/**
 * Opens the storage of the chosen mode: `dexie` is `@dossier/storage-dexie`,
 * the embedded default; `rest` is `@dossier/storage-rest` against a mocked
 * server (loaded only then, so the Dexie mode never downloads msw).
 * `onClosedElsewhere` is told when another tab deleted or upgraded the database.
 */
export async function openDemoStorage(kind: DemoStorageKind, onClosedElsewhere: () => void): Promise<DemoStorage> {
  if (kind === 'rest') {
    const { openRestDemoStorage } = await import('./open-rest-demo-storage.js');
    return openRestDemoStorage(onClosedElsewhere);
  }
  return {
    kind,
    storage: createDexieStorage({ name: DEXIE_NAME, onVersionChange: onClosedElsewhere }),
    erase: () => deleteDexieStorage(DEXIE_NAME),
  };
}
