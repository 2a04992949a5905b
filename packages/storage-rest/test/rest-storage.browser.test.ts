import type { StoragePort } from '@dossier/core';
import { runStorageConformance } from '@dossier/core/testing';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers, type DossierMock } from '@dossier/storage-rest/mock';
import { setupWorker } from 'msw/browser';

// Every request of createRestStorage goes through the service worker (/mockServiceWorker.js,
// served by web-test-runner.config.mjs) and back to the mock handlers in this page.
const worker = setupWorker();
let serial = 0;
const mocks = new WeakMap<StoragePort, { mock: DossierMock; baseUrl: string }>();

describe('@dossier/storage-rest in Chromium (msw service worker)', () => {
  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    worker.stop();
    // Test files share one browser: leave no worker behind to sit between later pages and the dev server.
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });

  runStorageConformance({
    name: 'rest + msw (Chromium service worker)',
    create: () => {
      serial += 1;
      // Relative: the browser resolves it against the page, as a host's '/api/dossier' would be.
      const baseUrl = `/dossier-api/${serial}`;
      const mock = createDossierMockHandlers({ baseUrl });
      worker.resetHandlers(...mock.handlers);
      const storage = createRestStorage({ baseUrl, pollIntervalMs: 20, retryDelayMs: 5 });
      mocks.set(storage, { mock, baseUrl });
      return storage;
    },
    connectAgain: (storage) => createRestStorage({ baseUrl: mocks.get(storage)!.baseUrl, pollIntervalMs: 20, retryDelayMs: 5 }),
    // The same client and mock race in Node (rest-storage.node.test.ts); through the service worker they take minutes.
    races: false,
    faultInjection: false,
    capabilities: {
      injectCommitFailure: (storage) => {
        const { mock } = mocks.get(storage)!;
        mock.faults.nextCommit('server-error');
        return () => mock.faults.clear();
      },
    },
  });
});
