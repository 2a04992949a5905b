import { openPostgresDatabase } from './open-postgres-database.js';
import type { PostgresStorage } from './postgres-storage.js';
import type { PostgresStorageOptions } from './postgres-storage-options.js';

/**
 * A StoragePort on PostgreSQL: `db` is a `pg` pool (a server, `DATABASE_URL`)
 * or an embedded PGlite (a folder on disk); the same schema and SQL run on
 * both. Migrates the schema first. Commits are one SQL transaction each,
 * serializable for what they name; the audit is served by indexes; changes
 * committed by other connections or processes arrive through `LISTEN/NOTIFY`
 * with origin `remote`. `close()` releases this storage (and the pool or
 * PGlite only with `ownsConnection`).
 *
 * A server with several tenants opens one `openPostgresDatabase` and asks it
 * for each tenant's storage instead.
 *
 * @example
 * const storage = await createPostgresStorage({ db: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * const client = createDossierClient({ storage });
 * @throws DossierError `storage-unavailable` when the database cannot be reached or migrated.
 */
export async function createPostgresStorage(options: PostgresStorageOptions): Promise<PostgresStorage> {
  const database = await openPostgresDatabase(options);
  const storage = database.storage(options.tenantId ?? 'default', options.beforeApply ? { beforeApply: options.beforeApply } : {});
  return {
    ...storage,
    async close() {
      await storage.close();
      await database.close();
    },
  };
}
