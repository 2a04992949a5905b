import type { StoragePort } from '@dossier/core';
import type { StorageConformanceConfig } from '@dossier/core/testing';
import { createRestStorage } from '@dossier/storage-rest';
import type { TestServer } from './test-server.js';

/** Which tenant each REST storage of the suite is bound to. */
const tenants = new WeakMap<StoragePort, string>();

/**
 * The conformance config of REST storages on `server()`: a fresh tenant per
 * test (through its own token), `connectAgain` through `other()` (another
 * server instance on the same database), failures armed on the server.
 */
export function restConformance(name: string, server: () => TestServer, other: () => TestServer): StorageConformanceConfig {
  let serial = 0;
  const connect = async (target: TestServer, tenantId: string): Promise<StoragePort> => {
    const token = await target.token(tenantId);
    // No retries: an injected server failure must reach the suite, not be retried away.
    const storage = createRestStorage({
      baseUrl: target.baseUrl,
      headers: () => ({ authorization: `Bearer ${token}` }),
      pollIntervalMs: 25,
      retries: 0,
      timeoutMs: 60_000,
    });
    tenants.set(storage, tenantId);
    return storage;
  };
  return {
    name,
    create: () => connect(server(), `${name}-${(serial += 1)}-${Date.now()}`),
    connectAgain: (storage) => connect(other(), tenants.get(storage) as string),
    capabilities: {
      injectCommitFailure: (storage) => server().failNextCommit(tenants.get(storage) as string),
    },
    // Through HTTP the races and walks cost seconds each: the first and last read of one pair in seven
    // (storage-postgres races the same server code below; DOSSIER_RACES=all runs them all), and 30 walks.
    races: { readPoints: 'ends', pairs: process.env['DOSSIER_RACES'] === 'all' ? 1 : 7 },
    faultInjection: { runs: 30 },
  };
}
