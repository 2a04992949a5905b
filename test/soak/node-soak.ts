// The Node half of `npm run soak`: fault-injection walks on the memory storage and on the REST
// client against the msw mock (Node). Prints one JSON line of results on stdout's last line.
import { createMemoryStorage, DossierError, type StoragePort } from '@dossier/core';
import { createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers, type DossierMock } from '@dossier/storage-rest/mock';
import { setupServer } from 'msw/node';
import { soakAdapters } from './soak-adapters.js';

const runs = Number(process.env.SOAK_RUNS ?? 1000);
const seed = Number(process.env.SOAK_SEED ?? 1);
const only = process.env.SOAK_ADAPTERS?.split(',');

let armed = false;
const memory = {
  name: 'memory',
  create: () =>
    createMemoryStorage({
      beforeApply: (_operation, index) => {
        if (armed && index === 1) {
          armed = false;
          throw new DossierError('storage-unavailable', { reason: 'injected inside the commit' });
        }
      },
    }),
  injectCommitFailure: () => {
    armed = true;
    return () => {
      armed = false;
    };
  },
};

const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });
const mocks = new WeakMap<StoragePort, DossierMock>();
let serial = 0;
const rest = {
  name: 'rest + msw (Node)',
  create: () => {
    const baseUrl = `https://soak.test/api/${(serial += 1)}`;
    const mock = createDossierMockHandlers({ baseUrl });
    server.resetHandlers(...mock.handlers);
    const storage = createRestStorage({ baseUrl, retryDelayMs: 1 });
    mocks.set(storage, mock);
    return storage;
  },
  injectCommitFailure: (storage: StoragePort) => {
    const mock = mocks.get(storage);
    mock?.faults.nextCommit('server-error');
    return () => mock?.faults.clear();
  },
};

const adapters = [memory, rest].filter((adapter) => !only || only.some((name) => adapter.name.startsWith(name)));
const results = await soakAdapters(adapters, runs, seed, (line) => console.error(`  ${line}`));
server.close();
console.log(JSON.stringify(results));
