import { DossierError, RECORD_KINDS, type RecordKind, type StorageOperation } from '@dossier/core';
import { DEXIE_BLOB_TABLE, DEXIE_TABLES } from './dexie-schema.js';

/** The writes of one table in a commit, each key at most once. */
export interface DexieTableWrites {
  readonly table: string;
  readonly puts: unknown[];
  readonly deletes: string[];
}

/** What a commit reads and writes, worked out before its transaction opens. */
export interface DexieCommitPlan {
  /** Ids whose stored revision `checkOperations` needs, by record kind. */
  readonly revisionIds: ReadonlyMap<RecordKind, readonly string[]>;
  /** Writes grouped by table, tables in the order the commit first touches them. */
  readonly writes: readonly DexieTableWrites[];
}

/**
 * Plans a commit: which revisions to read, and the writes reduced to the last
 * operation on each key (applying operations in order is the same as keeping
 * the last one per key), so each table takes one `bulkDelete` and one
 * `bulkPut` whatever the order. Malformed operations are skipped here:
 * `checkOperations`, which runs before any write, refuses them.
 *
 * @throws DossierError `invalid-input` on a delete whose id is not a string
 * (`checkOperations` lets it through; IndexedDB would fail on it).
 */
export function planDexieCommit(operations: readonly StorageOperation[]): DexieCommitPlan {
  const revisionIds = new Map<RecordKind, Set<string>>();
  const byTable = new Map<string, Map<string, { put: unknown } | { delete: true }>>();
  const last = (table: string): Map<string, { put: unknown } | { delete: true }> => {
    let found = byTable.get(table);
    if (!found) byTable.set(table, (found = new Map()));
    return found;
  };
  const set = (table: string, id: string, write: { put: unknown } | { delete: true }): void => {
    const writes = last(table);
    writes.delete(id);
    writes.set(id, write);
  };
  if (!Array.isArray(operations)) return { revisionIds: new Map(), writes: [] };
  for (const operation of operations) {
    if (!operation || typeof operation !== 'object') continue;
    switch (operation.op) {
      case 'put': {
        const kind: unknown = operation.kind;
        const id = (operation.value as { id?: unknown } | undefined)?.id;
        if (!isKind(kind) || typeof id !== 'string') continue;
        if (operation.ifRevision !== undefined) addRevisionId(revisionIds, kind, id);
        set(DEXIE_TABLES[kind], id, { put: operation.value });
        break;
      }
      case 'delete': {
        const kind: unknown = operation.kind;
        if (!isKind(kind)) continue;
        if (typeof operation.id !== 'string') throw new DossierError('invalid-input', { field: 'id', reason: 'delete needs a string id' });
        if (operation.ifRevision !== undefined) addRevisionId(revisionIds, kind, operation.id);
        set(DEXIE_TABLES[kind], operation.id, { delete: true });
        break;
      }
      case 'putBlob':
        if (typeof operation.documentId !== 'string') continue;
        set(DEXIE_BLOB_TABLE, operation.documentId, { put: { documentId: operation.documentId, blob: operation.blob } });
        break;
      case 'deleteBlob':
        if (typeof operation.documentId !== 'string') continue;
        set(DEXIE_BLOB_TABLE, operation.documentId, { delete: true });
        break;
    }
  }
  const writes = [...byTable].map(([table, keyed]): DexieTableWrites => {
    const puts: unknown[] = [];
    const deletes: string[] = [];
    for (const [id, write] of keyed) {
      if ('put' in write) puts.push(write.put);
      else deletes.push(id);
    }
    return { table, puts, deletes };
  });
  return { revisionIds: new Map([...revisionIds].map(([kind, ids]) => [kind, [...ids]])), writes };
}

function isKind(kind: unknown): kind is RecordKind {
  return RECORD_KINDS.includes(kind as RecordKind);
}

function addRevisionId(revisionIds: Map<RecordKind, Set<string>>, kind: RecordKind, id: string): void {
  let ids = revisionIds.get(kind);
  if (!ids) revisionIds.set(kind, (ids = new Set()));
  ids.add(id);
}
