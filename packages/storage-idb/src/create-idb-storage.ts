import { DossierError, type AuditPage, type StorageCapabilities, type StoragePort } from '@dossier/core';
import {
  CHILD_PARENT_FIELD,
  RECORD_KINDS,
  notifyStorageListeners,
  type AuditQuery,
  type ChangeScope,
  type ChildKind,
  type RecordKind,
  type StorageChange,
  type StorageChangeListener,
  type StorageOperation,
  type StorageRecords,
} from '@dossier/core/adapter';
import { checkScope, openChangeChannel, toDossierError } from '@dossier/core/adapter';
import { requestPersistentStorage } from '@dossier/core/browser';
import { openDB, type IDBPDatabase } from 'idb';
import { DEFAULT_IDB_NAME } from './default-idb-name.js';
import { BLOB_STORE, IDB_SCHEMA_VERSION, type DossierIdbSchema } from './dossier-idb-schema.js';
import type { IdbStorageOptions, IdbVersionChange } from './idb-storage-options.js';
import { upgradeDossierIdb } from './upgrade-dossier-idb.js';

type Database = IDBPDatabase<DossierIdbSchema>;

/**
 * A StoragePort on IndexedDB through `idb`: one object store per record kind,
 * Blobs stored as Blobs, summaries indexed for the audit query, every commit
 * in one transaction. Commits made by other instances on the same database
 * (other tabs included) reach `subscribe` as `origin: 'remote'`.
 *
 * The database opens in the background; an opening failure rejects every call
 * with `storage-unavailable`. When another tab upgrades or deletes the
 * database, this connection closes (so the other tab is never blocked),
 * `onVersionChange` is told, and later calls reject with `storage-unavailable`.
 *
 * @example
 * const storage = createIdbStorage({ name: 'crm-dossiers', onVersionChange: () => showReloadBanner() });
 * const client = createDossierClient({ storage });
 */
export function createIdbStorage(options: IdbStorageOptions = {}): StoragePort {
  const name = options.name ?? DEFAULT_IDB_NAME;
  if (typeof name !== 'string' || name === '') throw new DossierError('invalid-input', { field: 'name' });

  const listeners = new Set<StorageChangeListener>();
  /** Why this instance can no longer be used, once it cannot. */
  let unusable: string | undefined;

  const notify = (change: StorageChange): void => notifyStorageListeners(listeners, change);
  const channel = openChangeChannel(`idb:${name}`, (scope) => {
    if (!unusable) notify({ ...scope, origin: 'remote' });
  });

  const stop = (reason: string): void => {
    unusable ??= reason;
    listeners.clear();
    channel.close();
  };
  const versionChanged = (database: IDBDatabase | null, change: IdbVersionChange): void => {
    database?.close();
    if (unusable) return;
    stop(change.reason === 'deleted' ? 'database deleted elsewhere' : 'database upgraded elsewhere');
    try {
      options.onVersionChange?.(change);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };

  requestPersistentStorage();
  const opening: Promise<Database> = openDB<DossierIdbSchema>(name, IDB_SCHEMA_VERSION, {
    upgrade: upgradeDossierIdb,
    blocking: (_current, blockedVersion, event) =>
      versionChanged(event.target as IDBDatabase | null, { reason: blockedVersion === null ? 'deleted' : 'upgrade-elsewhere' }),
    terminated: () => stop('connection lost'),
  }).then((db) => {
    // close() may have come while opening.
    if (unusable) db.close();
    return db;
  });
  opening.catch(() => undefined); // reported by the first call that needs the database

  const connection = async (): Promise<Database> => {
    if (unusable) throw new DossierError('storage-unavailable', { reason: unusable });
    let db: Database;
    try {
      db = await opening;
    } catch (error) {
      throw toDossierError(error);
    }
    if (unusable) throw new DossierError('storage-unavailable', { reason: unusable });
    return db;
  };
  /** Runs `task` on the open database, every failure as a DossierError. */
  const run = async <T>(task: (db: Database) => Promise<T>): Promise<T> => {
    try {
      return await task(await connection());
    } catch (error) {
      throw toDossierError(error);
    }
  };

  const capabilities: StorageCapabilities = {
    persistent: true,
    crossContextChanges: channel.crossContext,
    // IndexedDB has no per-value limit; the origin's quota is the limit, reported as quota-exceeded.
    maxBlobBytes: Infinity,
  };

  return {
    capabilities,
    get<K extends RecordKind>(kind: K, id: string) {
      return run(async (db) => {
        checkKind(kind);
        checkId(id);
        return (await db.get(kind, id)) as StorageRecords[K] | undefined;
      });
    },
    getMany<K extends RecordKind>(kind: K, ids: readonly string[]) {
      return run(async (db) => {
        checkKind(kind);
        if (!Array.isArray(ids)) throw new DossierError('invalid-input', { field: 'ids' });
        ids.forEach(checkId);
        const store = db.transaction(kind, 'readonly').store;
        return (await Promise.all(ids.map((id) => store.get(id)))) as (StorageRecords[K] | undefined)[];
      });
    },
    listRiskTypes() {
      return run((db) => db.getAll('riskType'));
    },
    listChildren<K extends ChildKind>(kind: K, parentId: string) {
      return run(async (db) => {
        if (!Object.hasOwn(CHILD_PARENT_FIELD, kind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
        checkId(parentId);
        // Each child store has an index named after its parent field; idb cannot type that generically.
        const untyped = db as unknown as IDBPDatabase;
        return (await untyped.getAllFromIndex(kind, CHILD_PARENT_FIELD[kind], parentId)) as StorageRecords[K][];
      });
    },
    getBlob(documentId: string) {
      return run(async (db) => {
        checkId(documentId);
        return db.get(BLOB_STORE, documentId);
      });
    },
    // The audit query's and the commit's code load on their first call (a page of badges only reads);
    // a chunk that cannot load rejects as any failure does, with storage-unavailable.
    queryAudit(query: AuditQuery): Promise<AuditPage> {
      return run(async (db) => (await import('./query-idb-audit.js')).queryIdbAudit(db, query));
    },
    commit(operations: readonly StorageOperation[], scope: ChangeScope) {
      return run(async (db) => {
        checkScope(scope);
        const { commitIdbOperations } = await import('./commit-idb-operations.js');
        await commitIdbOperations(db, operations, options.testHooks);
        const touched = { dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] };
        notify({ ...touched, origin: 'local' });
        channel.post(touched);
      });
    },
    subscribe(listener: StorageChangeListener) {
      if (unusable) return () => undefined;
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      stop('closed');
      const db = await opening.catch(() => undefined);
      db?.close();
    },
  };
}

function checkKind(kind: unknown): asserts kind is RecordKind {
  if (!RECORD_KINDS.includes(kind as RecordKind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
}

function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string') throw new DossierError('invalid-input', { field: 'id' });
}
