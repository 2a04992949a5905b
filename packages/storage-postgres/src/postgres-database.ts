import type { BlobStore } from './blobs/blob-store.js';
import type { PostgresStorage } from './postgres-storage.js';
import type { SqlClient } from './sql/sql-client.js';
import type { StorageOperation } from '@dossier/core/adapter';

/** Options of one tenant's storage. */
export interface TenantStorageOptions {
  /**
   * Test hook: called before each operation of a commit is applied, inside
   * its transaction; throwing there rolls the commit back.
   */
  readonly beforeApply?: (operation: StorageOperation, index: number) => void;
}

/**
 * One database (a pg pool or a PGlite), migrated and listening for changes:
 * hands out a storage per tenant. A server keeps one and asks it for the
 * tenant of each request; the storages share its connections.
 */
export interface PostgresDatabase {
  readonly sql: SqlClient;
  readonly blobs: BlobStore;
  /** The storage of one tenant (cheap: no connection of its own). */
  storage(tenantId: string, options?: TenantStorageOptions): PostgresStorage;
  /** Whether the database answers now (a `/readyz` probe). */
  ping(): Promise<boolean>;
  /**
   * The tenant an upload link belongs to, by the link's id (its token's SHA-256): what a public
   * portal request, which names a token and no tenant, is served from. `undefined` when no
   * tenant, or more than one, has that link.
   */
  findUploadLinkTenant(linkId: string): Promise<string | undefined>;
  /** Deletes everything of one tenant, telling its listeners (a demo's reset, a closed account). */
  eraseTenant(tenantId: string): Promise<void>;
  /**
   * Deletes bytes no document refers to and nobody stored since `olderThan`
   * (left by failed commits and deleted documents). Returns how many.
   */
  sweepBlobs(olderThan: Date): Promise<number>;
  /** Stops listening and closes what this database opened (not a pool or PGlite it was given). */
  close(): Promise<void>;
}
