import { randomUUID } from 'node:crypto';
import type { ChangeScope } from '@dossier/core/adapter';
import { createDatabaseBlobStore } from './blobs/database-blob-store.js';
import type { BlobStore } from './blobs/blob-store.js';
import { CHANGE_CHANNEL, decodeChangeNotification } from './changes/change-notification.js';
import { readChangeFeed } from './changes/read-change-feed.js';
import { toDossierError } from './errors/to-dossier-error.js';
import type { PostgresDatabase } from './postgres-database.js';
import { migrateSchema } from './schema/migrate-schema.js';
import { toSqlClient, type PostgresConnection } from './sql/to-sql-client.js';
import { eraseTenant } from './tenants/erase-tenant.js';
import { createTenantStorage, type RemoteChangeSink } from './tenant-storage.js';

/** Options of `openPostgresDatabase`. */
export interface PostgresDatabaseOptions {
  /** A `pg` pool (`new pg.Pool({ connectionString: DATABASE_URL })`), a PGlite, or a SqlClient. */
  readonly db: PostgresConnection;
  /** Where document bytes go. Default: a table of the same database. */
  readonly blobs?: BlobStore;
  /** Apply the migrations the database lacks. Default true. */
  readonly migrate?: boolean;
  /** Close the pool or PGlite with the database (when the caller opened it for this database only). Default false. */
  readonly ownsConnection?: boolean;
}

/**
 * Opens a database for Dossier: migrates its schema (under a lock, so that
 * several instances may start together) and listens for the changes other
 * connections commit (`LISTEN dossier_changes`) before resolving, so that a
 * storage subscribed right after misses nothing.
 *
 * @throws DossierError `storage-unavailable` when the database cannot be reached or migrated.
 */
export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<PostgresDatabase> {
  const sql = toSqlClient(options.db, options.ownsConnection === true);
  const blobs = options.blobs ?? createDatabaseBlobStore(sql);
  const sinks = new Map<string, Set<RemoteChangeSink>>();
  let stopListening: (() => Promise<void>) | undefined;
  try {
    if (options.migrate !== false) await migrateSchema(sql);
    stopListening = await sql.listen(CHANGE_CHANNEL, (payload) => {
      const change = decodeChangeNotification(payload);
      if (!change) return;
      const targets = [...(sinks.get(change.tenantId) ?? [])].filter((sink) => sink.sourceId !== change.sourceId && sink.listening());
      if (targets.length === 0) return;
      const deliver = (scope: ChangeScope) => targets.forEach((sink) => sink.deliver(scope));
      if (change.scope) deliver(change.scope);
      else {
        // The scope was too large for a notification: read it from the feed.
        readChangeFeed(sql, change.tenantId, change.seq - 1)
          .then((page) => page.changes.filter((entry) => entry.seq === change.seq).forEach(deliver))
          .catch(() => undefined);
      }
    });
  } catch (error) {
    await stopListening?.().catch(() => undefined);
    if (sql !== options.db || options.ownsConnection) await sql.close().catch(() => undefined);
    throw toDossierError(error);
  }

  return {
    sql,
    blobs,
    storage(tenantId, storageOptions = {}) {
      return createTenantStorage({
        sql,
        blobs,
        tenantId,
        sourceId: randomUUID(),
        ...(storageOptions.beforeApply ? { beforeApply: storageOptions.beforeApply } : {}),
        register(sink) {
          let set = sinks.get(tenantId);
          if (!set) sinks.set(tenantId, (set = new Set()));
          set.add(sink);
          return () => {
            set.delete(sink);
            if (set.size === 0) sinks.delete(tenantId);
          };
        },
      });
    },
    async ping() {
      try {
        await sql.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async findUploadLinkTenant(linkId) {
      if (typeof linkId !== 'string' || !/^[0-9a-f]{64}$/.test(linkId)) return undefined;
      const { rows } = await sql.query<{ tenant_id: string }>(
        "SELECT tenant_id FROM dossier_record WHERE kind = 'uploadLink' AND id = $1 LIMIT 2",
        [linkId],
      );
      return rows.length === 1 ? rows[0]?.tenant_id : undefined;
    },
    eraseTenant: (tenantId) => eraseTenant(sql, tenantId),
    sweepBlobs: (olderThan) =>
      blobs.sweep(olderThan, async (key) => {
        const { rows } = await sql.query('SELECT 1 FROM dossier_document_blob WHERE tenant_id = $1 AND digest = $2 LIMIT 1', [
          key.tenantId,
          key.digest,
        ]);
        return rows.length > 0;
      }),
    async close() {
      sinks.clear();
      await stopListening?.().catch(() => undefined);
      // A wrapper made here closes its LISTEN connection, and the pool or PGlite only when owned.
      if (sql !== options.db || options.ownsConnection) await sql.close();
    },
  };
}
