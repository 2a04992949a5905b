import type { StorageOperation } from './storage-operation.js';
import { CHILD_PARENT_FIELD, RECORD_KINDS, type ChildKind, type RecordKind } from './storage-records.js';

/** A parent whose child ids a commit's checks need. */
export interface ChildSet {
  readonly kind: ChildKind;
  readonly parentId: string;
}

/** What an adapter reads, inside its transaction, before `checkOperations` can judge a commit. */
export interface CommitReads {
  /** Ids whose stored revision the commit names (`ifRevision`, `check`), by kind. */
  readonly revisions: ReadonlyMap<RecordKind, readonly string[]>;
  /** Parents whose child ids the commit's `checkChildren` operations name. */
  readonly children: readonly ChildSet[];
}

/**
 * The reads a commit's checks need. Malformed operations are skipped here:
 * `checkOperations`, which runs before any write, refuses them.
 */
export function commitReads(operations: readonly StorageOperation[]): CommitReads {
  const revisions = new Map<RecordKind, Set<string>>();
  const children = new Map<string, ChildSet>();
  const want = (kind: unknown, id: unknown): void => {
    if (!RECORD_KINDS.includes(kind as RecordKind) || typeof id !== 'string') return;
    let ids = revisions.get(kind as RecordKind);
    if (!ids) revisions.set(kind as RecordKind, (ids = new Set()));
    ids.add(id);
  };
  for (const operation of Array.isArray(operations) ? operations : []) {
    if (!operation || typeof operation !== 'object') continue;
    switch (operation.op) {
      case 'put':
        if (operation.ifRevision !== undefined) want(operation.kind, (operation.value as { id?: unknown } | undefined)?.id);
        break;
      case 'delete':
        if (operation.ifRevision !== undefined) want(operation.kind, operation.id);
        break;
      case 'check':
        want(operation.kind, operation.id);
        break;
      case 'checkChildren':
        if (typeof operation.parentId === 'string' && Object.hasOwn(CHILD_PARENT_FIELD, operation.kind)) {
          children.set(`${operation.kind}\u0000${operation.parentId}`, { kind: operation.kind, parentId: operation.parentId });
        }
        break;
      default:
        break;
    }
  }
  return { revisions: new Map([...revisions].map(([kind, ids]) => [kind, [...ids]])), children: [...children.values()] };
}
