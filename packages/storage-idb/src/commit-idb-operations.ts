import { checkOperations, DossierError, type RecordKind, type StorageOperation } from '@dossier/core';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { BLOB_STORE, type DossierIdbSchema } from './dossier-idb-schema.js';
import type { IdbStorageTestHooks } from './idb-storage-options.js';

type StoreName = StoreNames<DossierIdbSchema>;
type WriteTransaction = IDBPTransaction<DossierIdbSchema, StoreName[], 'readwrite'>;

/**
 * Applies `operations` in ONE readwrite transaction: reads the stored
 * revisions the `ifRevision`s name, checks them with core's `checkOperations`,
 * then writes. Any failure aborts the transaction, so nothing is half-written.
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
    const stored = await readRevisions(tx, operations);
    checkOperations(operations, (kind, id) => stored.get(revisionKey(kind, id)));
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
 * Validates operations without their stored revisions: `checkOperations` with
 * a lookup that agrees with each first declared `ifRevision`, so only shape
 * errors can surface here (the real check runs inside the transaction).
 */
function checkShape(operations: readonly StorageOperation[]): void {
  const declared = new Map<string, number>();
  if (Array.isArray(operations)) {
    for (const operation of operations as readonly unknown[]) {
      const { op, kind, id, value, ifRevision } = (operation ?? {}) as { op?: unknown; kind?: unknown; id?: unknown; value?: { id?: unknown }; ifRevision?: unknown };
      // checkOperations lets any delete id through; IndexedDB would refuse a non-key.
      if (op === 'delete' && typeof id !== 'string') throw new DossierError('invalid-input', { field: 'id', reason: 'delete needs a string id' });
      const target = op === 'put' ? value?.id : op === 'delete' ? id : undefined;
      if (typeof target === 'string' && typeof ifRevision === 'number') {
        const key = revisionKey(kind as RecordKind, target);
        if (!declared.has(key)) declared.set(key, ifRevision);
      }
    }
  }
  checkOperations(operations, (kind, id) => {
    const revision = declared.get(revisionKey(kind, id));
    return revision === 0 ? undefined : revision;
  });
}

function storesOf(operations: readonly StorageOperation[]): StoreName[] {
  const stores = new Set<StoreName>();
  for (const operation of operations) stores.add(operation.op === 'put' || operation.op === 'delete' ? operation.kind : BLOB_STORE);
  return [...stores];
}

async function readRevisions(tx: WriteTransaction, operations: readonly StorageOperation[]): Promise<Map<string, number | undefined>> {
  const reads: Promise<[string, number | undefined]>[] = [];
  for (const operation of operations) {
    if ((operation.op !== 'put' && operation.op !== 'delete') || operation.ifRevision === undefined) continue;
    const id = operation.op === 'put' ? operation.value.id : operation.id;
    const key = revisionKey(operation.kind, id);
    reads.push(tx.objectStore(operation.kind).get(id).then((record) => [key, (record as { revision?: number } | undefined)?.revision]));
  }
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
  }
}

function revisionKey(kind: RecordKind, id: string): string {
  return `${kind}\u0000${id}`;
}
