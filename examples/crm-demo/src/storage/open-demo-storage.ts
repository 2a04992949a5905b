import type { StoragePort } from '@dossier/core';
import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers } from '@dossier/storage-rest/mock';
import { setupWorker } from 'msw/browser';
import type { DemoStorageKind } from './demo-storage-kind.js';

/** IndexedDB database of the Dexie mode. */
const DEXIE_NAME = 'courtage-martin-crm';
/** IndexedDB database where the mocked REST server keeps its data, so that the REST mode survives a reload too. */
const REST_SERVER_NAME = 'courtage-martin-serveur-rest';
/** Where the mocked API answers, on the demo's own origin. */
const REST_BASE_PATH = '/api/dossier';

/** The storage the demo's Dossier client runs on. */
export interface DemoStorage {
  readonly kind: DemoStorageKind;
  readonly storage: StoragePort;
  /** Deletes every stored record of this mode. Call it after `client.close()`. */
  erase(): Promise<void>;
}

/**
 * Opens the storage of the chosen mode. `dexie`: `@dossier/storage-dexie`, the
 * embedded default. `rest`: `@dossier/storage-rest` talking HTTP to
 * `/api/dossier`, answered in the browser by `@dossier/storage-rest/mock`
 * through msw's service worker — exactly what a host's own backend would
 * receive. `onClosedElsewhere` is told when another tab deleted or upgraded the
 * database.
 */
export async function openDemoStorage(kind: DemoStorageKind, onClosedElsewhere: () => void): Promise<DemoStorage> {
  if (kind === 'dexie') {
    return {
      kind,
      storage: createDexieStorage({ name: DEXIE_NAME, onVersionChange: onClosedElsewhere }),
      erase: () => deleteDexieStorage(DEXIE_NAME),
    };
  }
  const serverData = createDexieStorage({ name: REST_SERVER_NAME, onVersionChange: onClosedElsewhere, requestPersistence: false });
  const mock = createDossierMockHandlers({ baseUrl: REST_BASE_PATH, storage: serverData });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return {
    kind,
    storage: createRestStorage({ baseUrl: REST_BASE_PATH, pollIntervalMs: 3000 }),
    async erase() {
      await serverData.close();
      worker.stop();
      await deleteDexieStorage(REST_SERVER_NAME);
    },
  };
}
