import type { PostgresDatabaseOptions } from './open-postgres-database.js';
import type { TenantStorageOptions } from './postgres-database.js';

/** Options of `createPostgresStorage`. */
export interface PostgresStorageOptions extends PostgresDatabaseOptions, TenantStorageOptions {
  /** Whose rows this storage reads and writes. Default `'default'`. */
  readonly tenantId?: string;
}
