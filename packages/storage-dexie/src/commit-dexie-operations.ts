import type Dexie from 'dexie';
import { CHILD_PARENT_FIELD, checkOperations, commitReads, type RecordKind, type StorageOperation } from '@dossier/core/adapter';
import { DEXIE_BLOB_TABLE, DEXIE_TABLES } from './dexie-schema.js';
import { planDexieCommit } from './plan-dexie-commit.js';

const ALL_TABLES = [...Object.values(DEXIE_TABLES), DEXIE_BLOB_TABLE];

/**
 * Applies `operations` in one read-write transaction over every table:
 * reads what the checks need (`commitReads`: revisions, child ids), checks
 * the whole commit with core's `checkOperations`, then writes. Anything thrown
 * inside aborts the transaction, so a refused or failed commit writes nothing.
 *
 * Inside the transaction only Dexie requests are awaited (awaiting anything
 * else would let IndexedDB commit it early), and every request goes through
 * the transaction object, not through Dexie's ambient zone.
 */
export async function commitDexieOperations(db: Dexie, operations: readonly StorageOperation[]): Promise<void> {
  const plan = planDexieCommit(operations);
  const reads = commitReads(operations);
  await db.transaction('rw', ALL_TABLES, async (transaction) => {
    const kinds = [...reads.revisions.keys()];
    const [stored, children] = await Promise.all([
      Promise.all(kinds.map((kind) => transaction.table(DEXIE_TABLES[kind]).bulkGet([...(reads.revisions.get(kind) ?? [])]))),
      Promise.all(
        reads.children.map(({ kind, parentId }) =>
          transaction.table(DEXIE_TABLES[kind]).where(CHILD_PARENT_FIELD[kind]).equals(parentId).primaryKeys(),
        ),
      ),
    ]);
    const revisions = new Map<RecordKind, Map<string, number | undefined>>();
    kinds.forEach((kind, index) => {
      const ids = reads.revisions.get(kind) ?? [];
      const records = (stored[index] ?? []) as ({ revision?: number } | undefined)[];
      revisions.set(kind, new Map(ids.map((id, i) => [id, records[i]?.revision])));
    });
    const childIds = new Map(
      reads.children.map(({ kind, parentId }, index) => [`${kind}\u0000${parentId}`, (children[index] ?? []) as string[]]),
    );
    checkOperations(
      operations,
      (kind, id) => revisions.get(kind)?.get(id),
      (kind, parentId) => childIds.get(`${kind}\u0000${parentId}`) ?? [],
    );
    for (const { table, puts, deletes } of plan.writes) {
      if (deletes.length > 0) await transaction.table(table).bulkDelete(deletes);
      if (puts.length > 0) await transaction.table(table).bulkPut(puts);
    }
  });
}
