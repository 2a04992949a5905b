import { CHILD_PARENT_FIELD, checkOperations, commitReads, type RecordKind, type StorageOperation } from '@dossier/core/adapter';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { BLOB_STORE, type DossierIdbSchema } from './dossier-idb-schema.js';
import type { IdbStorageTestHooks } from './idb-storage-options.js';

type StoreName = StoreNames<DossierIdbSchema>;
type WriteTransaction = IDBPTransaction<DossierIdbSchema, StoreName[], 'readwrite'>;

/**
 * Applies `operations` in ONE readwrite transaction: reads what the checks
 * need (core's `commitReads`: stored revisions, child ids), checks the commit
 * with core's `checkOperations`, then writes. Any failure aborts the transaction, so nothing is half-written.
 * Only IndexedDB requests are awaited between opening and finishing it.
 *
 * @throws DossierError `invalid-input` or `conflict` from the checks; anything
 *   else (quota, closed connection, a test hook) is thrown as it came, for the
 *   caller to map.
 */
export async function commitIdbOperations(
  db: IDBPDatabase<DossierIdbSchema>,
  operations: readonly StorageOperation[],
  hooks: IdbStorageTestHooks | undefined,
): Promise<void> {
  // Shape first, before choosing stores from the operations' kinds.
  checkShape(operations);
  if (operations.length === 0) return;

  const tx = db.transaction(storesOf(operations), 'readwrite');
  // Rejections are read below; keep the runtime from reporting them as unhandled meanwhile.
  tx.done.catch(() => undefined);
  try {
    const [stored, children] = await Promise.all([readRevisions(tx, operations), readChildren(tx, operations)]);
    checkOperations(
      operations,
      (kind, id) => stored.get(revisionKey(kind, id)),
      (kind, parentId) => children.get(revisionKey(kind, parentId)) ?? [],
    );
    let written = 0;
    for (const operation of operations) {
      write(tx, operation).catch(() => undefined); // a failed request fails tx.done
      written += 1;
      hooks?.afterWrites?.(written, operations.length);
    }
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Validates the operations' shape before stores are chosen from their kinds:
 * `checkOperations` with lookups that agree with every check, so only shape
 * errors can surface here (the real check runs inside the transaction).
 */
function checkShape(operations: readonly StorageOperation[]): void {
  const declared = new Map<string, number>();
  const children = new Map<string, readonly string[]>();
  for (const operation of Array.isArray(operations) ? (operations as readonly unknown[]) : []) {
    const { op, kind, id, value, ifRevision, revision, parentId, ids } = (operation ?? {}) as Record<string, unknown> & {
      value?: { id?: unknown };
    };
    const target = op === 'put' ? value?.id : op === 'delete' || op === 'check' ? id : undefined;
    const expected = op === 'check' ? revision : ifRevision;
    if (typeof target === 'string' && typeof expected === 'number') {
      const key = revisionKey(kind as RecordKind, target);
      if (!declared.has(key)) declared.set(key, expected);
    }
    if (op === 'checkChildren' && typeof parentId === 'string' && Array.isArray(ids))
      children.set(revisionKey(kind as RecordKind, parentId), ids as string[]);
  }
  checkOperations(
    operations,
    (kind, id) => {
      const revision = declared.get(revisionKey(kind, id));
      return revision === 0 ? undefined : revision;
    },
    (kind, parentId) => children.get(revisionKey(kind, parentId)) ?? [],
  );
}

function storesOf(operations: readonly StorageOperation[]): StoreName[] {
  const stores = new Set<StoreName>();
  for (const operation of operations) stores.add(operation.op === 'putBlob' || operation.op === 'deleteBlob' ? BLOB_STORE : operation.kind);
  return [...stores];
}

async function readRevisions(tx: WriteTransaction, operations: readonly StorageOperation[]): Promise<Map<string, number | undefined>> {
  const reads: Promise<[string, number | undefined]>[] = [];
  for (const [kind, ids] of commitReads(operations).revisions) {
    for (const id of ids) {
      reads.push(
        tx
          .objectStore(kind)
          .get(id)
          .then((record) => [revisionKey(kind, id), (record as { revision?: number } | undefined)?.revision]),
      );
    }
  }
  return new Map(await Promise.all(reads));
}

async function readChildren(tx: WriteTransaction, operations: readonly StorageOperation[]): Promise<Map<string, string[]>> {
  const reads = commitReads(operations).children.map(async ({ kind, parentId }): Promise<[string, string[]]> => {
    // Each child store has an index named after its parent field; idb cannot type that generically.
    const store = tx.objectStore(kind) as unknown as { index(name: string): { getAllKeys(query: IDBValidKey): Promise<IDBValidKey[]> } };
    const keys = await store.index(CHILD_PARENT_FIELD[kind]).getAllKeys(parentId);
    return [revisionKey(kind, parentId), keys as string[]];
  });
  return new Map(await Promise.all(reads));
}

function write(tx: WriteTransaction, operation: StorageOperation): Promise<unknown> {
  switch (operation.op) {
    case 'put':
      return tx.objectStore(operation.kind).put(operation.value as never);
    case 'delete':
      return tx.objectStore(operation.kind).delete(operation.id);
    case 'putBlob':
      return tx.objectStore(BLOB_STORE).put(operation.blob, operation.documentId);
    case 'deleteBlob':
      return tx.objectStore(BLOB_STORE).delete(operation.documentId);
    default:
      // `check` and `checkChildren` write nothing.
      return Promise.resolve();
  }
}

function revisionKey(kind: RecordKind, id: string): string {
  return `${kind}\u0000${id}`;
}
