import { createMemoryStorage, type DossierClient, type StoragePort } from '@dossier/core';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers } from '@dossier/storage-rest/mock';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createStoryClient } from './create-story-client.js';

/** Options of `serveOverRest`. */
export interface ServeOverRestOptions {
  /** Delay of each mocked request, in ms, to see loading states. Default 150. */
  latencyMs?: number;
}

let started: Promise<SetupWorker> | undefined;
let servers = 0;

/** msw's service worker, started once per page (Storybook serves `mockServiceWorker.js` at its root). */
function mockWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
    return worker;
  })();
  return started;
}

/**
 * Puts a mock of the Dossier REST API in front of `seed`'s data, and returns a client that
 * reaches it over HTTP with `@dossier/storage-rest`, the way a host on its own backend would.
 * Each call gets its own base URL, so several REST-backed stories can share a docs page.
 *
 * @param seed fills the server's storage, through a client of its own.
 */
export async function serveOverRest(
  seed: (server: DossierClient, storage: StoragePort) => Promise<void>,
  options: ServeOverRestOptions = {},
): Promise<DossierClient> {
  const storage = createMemoryStorage();
  await seed(createStoryClient({ storage }), storage);
  servers += 1;
  const baseUrl = `/api/dossier/${servers}`;
  const mock = createDossierMockHandlers({ baseUrl, storage, latencyMs: options.latencyMs ?? 150 });
  const worker = await mockWorker();
  worker.use(...mock.handlers);
  return createStoryClient({ storage: createRestStorage({ baseUrl }) });
}
