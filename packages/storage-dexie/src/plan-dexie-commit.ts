import { DossierError } from '@dossier/core';
import { RECORD_KINDS, type RecordKind, type StorageOperation } from '@dossier/core/adapter';
import { DEXIE_BLOB_TABLE, DEXIE_TABLES } from './dexie-schema.js';

/** The writes of one table in a commit, each key at most once. */
interface DexieTableWrites {
  readonly table: string;
  readonly puts: unknown[];
  readonly deletes: string[];
}

/** What a commit writes, worked out before its transaction opens (what it reads: core's `commitReads`). */
export interface DexieCommitPlan {
  /** Writes grouped by table, tables in the order the commit first touches them. */
  readonly writes: readonly DexieTableWrites[];
}

/**
 * Plans a commit's writes, reduced to the last
 * operation on each key (applying operations in order is the same as keeping
 * the last one per key), so each table takes one `bulkDelete` and one
 * `bulkPut` whatever the order. Malformed operations are skipped here:
 * `checkOperations`, which runs before any write, refuses them.
 *
 * @throws DossierError `invalid-input` on a delete whose id is not a string
 * (`checkOperations` lets it through; IndexedDB would fail on it).
 */
export function planDexieCommit(operations: readonly StorageOperation[]): DexieCommitPlan {
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
  if (!Array.isArray(operations)) return { writes: [] };
  for (const operation of operations) {
    if (!operation || typeof operation !== 'object') continue;
    switch (operation.op) {
      case 'put': {
        const kind: unknown = operation.kind;
        const id = (operation.value as { id?: unknown } | undefined)?.id;
        if (!isKind(kind) || typeof id !== 'string') continue;
        set(DEXIE_TABLES[kind], id, { put: operation.value });
        break;
      }
      case 'delete': {
        const kind: unknown = operation.kind;
        if (!isKind(kind)) continue;
        if (typeof operation.id !== 'string') throw new DossierError('invalid-input', { field: 'id', reason: 'delete needs a string id' });
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
      default:
        // `check` and `checkChildren` write nothing.
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
  return { writes };
}

function isKind(kind: unknown): kind is RecordKind {
  return RECORD_KINDS.includes(kind as RecordKind);
}
