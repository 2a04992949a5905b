import { DossierError, isDossierError, type StorageCapabilities } from '@dossier/core';
import {
  CHILD_PARENT_FIELD,
  notifyStorageListeners,
  type AuditQuery,
  type ChangeScope,
  type ChildKind,
  type RecordKind,
  type StorageChangeListener,
  type StorageOperation,
  type StorageRecords,
} from '@dossier/core/adapter';
import { checkScope, openChangeChannel, toDossierError } from '@dossier/core/adapter';
import { requestPersistentStorage } from '@dossier/core/browser';
import { createDexieDatabase } from './create-dexie-database.js';
import { DEXIE_BLOB_TABLE, DEXIE_TABLES } from './dexie-schema.js';
import type { DexieStorage } from './dexie-storage.js';
import type { DexieStorageOptions, DexieVersionChange } from './dexie-storage-options.js';

/**
 * The embedded default storage: IndexedDB through Dexie, one table per record
 * kind plus a table of Blobs, audit queries served by compound indexes.
 * Returns at once; the database opens at the first call (or `open()`).
 * Commits are told to other tabs and to other instances on the same database
 * through a BroadcastChannel, as `origin: 'remote'` changes.
 *
 * @example
 * const client = createDossierClient({ storage: createDexieStorage({ name: 'crm-dossiers' }) });
 * @throws DossierError `invalid-input` when `name` is not a non-empty string.
 */
export function createDexieStorage(options: DexieStorageOptions = {}): DexieStorage {
  const name = options.name ?? 'dossier';
  if (typeof name !== 'string' || name === '') throw new DossierError('invalid-input', { field: 'name' });
  const db = createDexieDatabase(name, options.middleware ? { middleware: options.middleware } : {});
  const listeners = new Set<StorageChangeListener>();
  /** Why the storage is unusable, once it is. */
  let unavailable: string | undefined;

  const notify = (scope: ChangeScope, origin: 'local' | 'remote'): void => notifyStorageListeners(listeners, { ...scope, origin });
  const channel = openChangeChannel(`dexie:${name}`, (scope) => {
    if (!unavailable) notify(scope, 'remote');
  });
  const shutDown = (reason: string): void => {
    if (unavailable) return;
    unavailable = reason;
    db.close({ disableAutoOpen: true });
    channel.close();
    listeners.clear();
  };

  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Dexie may fire it again for a connection it already told (a blocked open in this page): report once.
    if (unavailable) return false;
    const change: DexieVersionChange = { reason: event.newVersion ? 'upgrade-elsewhere' : 'deleted' };
    shutDown(change.reason === 'deleted' ? 'deleted elsewhere' : 'upgraded elsewhere');
    try {
      options.onVersionChange?.(change);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
    // Skips Dexie's own handler, which closes too but reopens at the next call: we stay closed.
    return false;
  });
  if (options.requestPersistence !== false) requestPersistentStorage();

  /** Runs a call, mapping every failure to a DossierError. */
  const run = async <T>(body: () => Promise<T>): Promise<T> => {
    if (unavailable) throw new DossierError('storage-unavailable', { reason: unavailable });
    try {
      return await body();
    } catch (error) {
      if (unavailable && !isDossierError(error)) throw new DossierError('storage-unavailable', { reason: unavailable }, { cause: error });
      throw toDossierError(error);
    }
  };
  const recordTable = <K extends RecordKind>(kind: K) => {
    if (typeof kind !== 'string' || !Object.hasOwn(DEXIE_TABLES, kind)) {
      throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
    }
    return db.table<StorageRecords[K], string>(DEXIE_TABLES[kind]);
  };

  const capabilities: StorageCapabilities = { persistent: true, crossContextChanges: channel.crossContext, maxBlobBytes: Infinity };

  return {
    name,
    capabilities,
    open: () =>
      run(async () => {
        await db.open();
      }),
    get: <K extends RecordKind>(kind: K, id: string) =>
      run(async () => {
        const table = recordTable(kind);
        assertKey(id, 'id');
        return table.get(id);
      }),
    getMany: <K extends RecordKind>(kind: K, ids: readonly string[]) =>
      run(async () => {
        const table = recordTable(kind);
        if (!Array.isArray(ids)) throw new DossierError('invalid-input', { field: 'ids' });
        ids.forEach((id) => assertKey(id, 'ids'));
        return table.bulkGet([...ids]);
      }),
    listRiskTypes: () => run(async () => recordTable('riskType').toArray()),
    listChildren: <K extends ChildKind>(kind: K, parentId: string) =>
      run(async () => {
        if (typeof kind !== 'string' || !Object.hasOwn(CHILD_PARENT_FIELD, kind)) {
          throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
        }
        assertKey(parentId, 'parentId');
        return recordTable(kind).where(CHILD_PARENT_FIELD[kind]).equals(parentId).toArray();
      }),
    getBlob: (documentId: string) =>
      run(async () => {
        assertKey(documentId, 'documentId');
        const row = (await db.table(DEXIE_BLOB_TABLE).get(documentId)) as { blob?: unknown } | undefined;
        return row?.blob instanceof Blob ? row.blob : undefined;
      }),
    // The audit query's and the commit's code load on their first call (a page of badges only reads);
    // a chunk that cannot load rejects as any failure does, with storage-unavailable.
    queryAudit: (query: AuditQuery) => run(async () => (await import('./query-dexie-audit.js')).queryDexieAudit(db, query)),
    commit: (operations: readonly StorageOperation[], scope: ChangeScope) =>
      run(async () => {
        checkScope(scope);
        const { commitDexieOperations } = await import('./commit-dexie-operations.js');
        await commitDexieOperations(db, operations);
        notify(scope, 'local');
        channel.post(scope);
      }),
    subscribe(listener: StorageChangeListener) {
      if (typeof listener !== 'function') throw new DossierError('invalid-input', { field: 'listener' });
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: async () => {
      shutDown('closed');
    },
  };
}

function assertKey(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string') throw new DossierError('invalid-input', { field, reason: 'a string id' });
}
