import { type StoragePort } from '@dossier/core';
import { runStorageConformance } from '@dossier/core/testing';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers, type DossierMock } from '@dossier/storage-rest/mock';
import { setupServer } from 'msw/node';

const server = setupServer();
let serial = 0;
const mocks = new WeakMap<StoragePort, { mock: DossierMock; baseUrl: string }>();

function connect(): StoragePort {
  serial += 1;
  const baseUrl = `https://dossier.test/api/${serial}`;
  const mock = createDossierMockHandlers({ baseUrl });
  server.resetHandlers(...mock.handlers);
  const storage = createRestStorage({ baseUrl, pollIntervalMs: 20, retryDelayMs: 5 });
  mocks.set(storage, { mock, baseUrl });
  return storage;
}

describe('@dossier/storage-rest in Node (msw setupServer)', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  runStorageConformance({
    name: 'rest + msw (Node)',
    create: connect,
    connectAgain: (storage) => createRestStorage({ baseUrl: mocks.get(storage)!.baseUrl, pollIntervalMs: 20, retryDelayMs: 5 }),
    capabilities: { injectCommitFailure: (storage) => mocks.get(storage)!.mock.faults.nextCommit('server-error') },
  });
});
