import type { StorageConformanceConfig } from '@dossier/core/testing';
import type { PostgresDatabase, PostgresStorage } from '@dossier/storage-postgres';

/**
 * The conformance config of tenant storages on `database()`: each test gets a
 * fresh tenant (an empty storage without a new database), `connectAgain` opens
 * the same tenant through `other()`, and a commit failure can be armed.
 */
export function tenantConformance(name: string, database: () => PostgresDatabase, other: () => PostgresDatabase): StorageConformanceConfig {
  let serial = 0;
  const armed = new Set<string>();
  return {
    name,
    create: () => {
      const tenantId = `${name}-${(serial += 1)}-${Date.now()}`;
      return database().storage(tenantId, {
        // Fails once the commit has started writing: the rollback must leave nothing behind.
        beforeApply: (_operation, index) => {
          if (index >= 1 && armed.delete(tenantId)) throw new Error('injected failure');
        },
      });
    },
    connectAgain: (storage) => other().storage((storage as PostgresStorage).tenantId),
    capabilities: {
      injectCommitFailure: (storage) => {
        const tenantId = (storage as PostgresStorage).tenantId;
        armed.add(tenantId);
        return () => armed.delete(tenantId);
      },
    },
    // Every read point and pair is covered on the memory storage (same core); here the first and last
    // read, one pair in three on PostgreSQL (where conflicts happen), one in five on PGlite (which
    // serializes its connections); DOSSIER_RACES=all runs every pair.
    races: { readPoints: 'ends', pairs: process.env['DOSSIER_RACES'] === 'all' ? 1 : name === 'pglite' ? 5 : 3 },
    // 400 walks on the memory storage (same core) and 1,000 per adapter in `npm run soak`; here 30,
    // enough to catch a regression of the SQL side, for npm test to stay within its 15 minutes.
    faultInjection: { runs: 30 },
  };
}
