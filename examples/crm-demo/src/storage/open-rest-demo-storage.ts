import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers } from '@dossier/storage-rest/mock';
import { setupWorker } from 'msw/browser';
import type { DemoStorage } from './open-demo-storage.js';

/** Where the mocked API answers, on the demo's own origin. */
const REST_BASE_PATH = '/api/dossier';
/** IndexedDB database where the mocked server keeps its data, so that the REST mode survives a reload too. */
const REST_SERVER_NAME = 'courtage-martin-serveur-rest';

/**
 * The REST mode: the client's storage is `@dossier/storage-rest`, speaking
 * HTTP to `/api/dossier` — exactly what a host's own backend would receive.
 * Here `@dossier/storage-rest/mock` answers in the browser through msw's
 * service worker (served at `/mockServiceWorker.js`), and keeps the "server's"
 * data in its own IndexedDB database.
 */
export async function openRestDemoStorage(onClosedElsewhere: () => void): Promise<DemoStorage> {
  const serverData = createDexieStorage({ name: REST_SERVER_NAME, onVersionChange: onClosedElsewhere, requestPersistence: false });
  const mock = createDossierMockHandlers({ baseUrl: REST_BASE_PATH, storage: serverData });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return {
    kind: 'rest',
    storage: createRestStorage({ baseUrl: REST_BASE_PATH, pollIntervalMs: 3000 }),
    async erase() {
      await serverData.close();
      worker.stop();
      await deleteDexieStorage(REST_SERVER_NAME);
    },
  };
}
