import type Dexie from 'dexie';
import { checkOperations, type RecordKind, type StorageOperation } from '@dossier/core';
import { DEXIE_BLOB_TABLE, DEXIE_TABLES } from './dexie-schema.js';
import { planDexieCommit } from './plan-dexie-commit.js';

const ALL_TABLES = [...Object.values(DEXIE_TABLES), DEXIE_BLOB_TABLE];

/**
 * Applies `operations` in one read-write transaction over every table:
 * reads the revisions the `ifRevision`s name, checks the whole commit with
 * core's `checkOperations`, then writes. Anything thrown inside aborts the
 * transaction, so a refused or failed commit writes nothing.
 *
 * Inside the transaction only Dexie requests are awaited (awaiting anything
 * else would let IndexedDB commit it early), and every request goes through
 * the transaction object, not through Dexie's ambient zone.
 */
export async function commitDexieOperations(db: Dexie, operations: readonly StorageOperation[]): Promise<void> {
  const plan = planDexieCommit(operations);
  await db.transaction('rw', ALL_TABLES, async (transaction) => {
    const kinds = [...plan.revisionIds.keys()];
    const stored = await Promise.all(
      kinds.map((kind) => transaction.table(DEXIE_TABLES[kind]).bulkGet([...(plan.revisionIds.get(kind) ?? [])])),
    );
    const revisions = new Map<RecordKind, Map<string, number | undefined>>();
    kinds.forEach((kind, index) => {
      const ids = plan.revisionIds.get(kind) ?? [];
      const records = (stored[index] ?? []) as ({ revision?: number } | undefined)[];
      revisions.set(kind, new Map(ids.map((id, i) => [id, records[i]?.revision])));
    });
    checkOperations(operations, (kind, id) => revisions.get(kind)?.get(id));
    for (const { table, puts, deletes } of plan.writes) {
      if (deletes.length > 0) await transaction.table(table).bulkDelete(deletes);
      if (puts.length > 0) await transaction.table(table).bulkPut(puts);
    }
  });
}
