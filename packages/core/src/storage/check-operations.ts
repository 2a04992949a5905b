import { DossierError } from '../errors/dossier-error.js';
import { isBlob } from '../realm/is-blob.js';
import type { StorageOperation } from './storage-operation.js';
import { CHILD_PARENT_FIELD, RECORD_KINDS, type ChildKind, type RecordKind } from './storage-records.js';

/** Ids of the stored records of `kind` whose parent is `parentId`. */
export type StoredChildIds = (kind: ChildKind, parentId: string) => readonly string[];

/**
 * Checks a commit before anything is applied: well-formed operations,
 * matching `ifRevision`s and `check`s, and `checkChildren` sets. Adapters call
 * it inside their transaction with lookups of what is stored (the reads
 * `commitReads` lists), so that a bad commit writes nothing.
 *
 * @param storedRevision the stored revision of a record, `undefined` if absent.
 * @param storedChildIds the ids of the records under a parent; needed only when the commit has `checkChildren` operations.
 * @throws DossierError `invalid-input` on a malformed operation, `conflict` on a revision or children mismatch.
 */
export function checkOperations(
  operations: readonly StorageOperation[],
  storedRevision: (kind: RecordKind, id: string) => number | undefined,
  storedChildIds?: StoredChildIds,
): void {
  if (!Array.isArray(operations)) throw new DossierError('invalid-input', { field: 'operations' });
  for (const operation of operations) checkShape(operation);
  for (const operation of operations) {
    switch (operation.op) {
      case 'put':
        checkRevision(operation.kind, operation.value.id, operation.ifRevision, storedRevision);
        break;
      case 'delete':
        checkRevision(operation.kind, operation.id, operation.ifRevision, storedRevision);
        break;
      case 'check':
        checkRevision(operation.kind, operation.id, operation.revision, storedRevision);
        break;
      case 'checkChildren': {
        if (!storedChildIds) throw new DossierError('storage-unavailable', { reason: 'checkChildren needs the stored child ids' });
        const stored = storedChildIds(operation.kind, operation.parentId);
        const expected = new Set(operation.ids);
        if (stored.length !== expected.size || stored.some((id) => !expected.has(id))) {
          throw new DossierError('conflict', { kind: operation.kind, id: operation.parentId });
        }
        break;
      }
      default:
        break;
    }
  }
}

/** Throws `invalid-input` unless `operation` is one of the operation shapes. */
function checkShape(operation: StorageOperation): void {
  const raw = operation as unknown as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') throw new DossierError('invalid-input', { field: 'op', reason: String(raw) });
  switch (raw['op']) {
    case 'put': {
      const value = raw['value'] as { id?: unknown; revision?: unknown } | undefined;
      requireKind(raw['kind']);
      if (!value || typeof value !== 'object' || typeof value.id !== 'string' || value.id === '' || typeof value.revision !== 'number') {
        throw new DossierError('invalid-input', { field: String(raw['kind']), reason: 'record needs a string id and a numeric revision' });
      }
      requireExpectedRevision(raw['ifRevision'], true);
      break;
    }
    case 'delete':
      requireKind(raw['kind']);
      if (typeof raw['id'] !== 'string') throw new DossierError('invalid-input', { field: 'id', reason: 'delete needs a string id' });
      requireExpectedRevision(raw['ifRevision'], true);
      break;
    case 'check':
      requireKind(raw['kind']);
      if (typeof raw['id'] !== 'string' || raw['id'] === '')
        throw new DossierError('invalid-input', { field: 'id', reason: 'check needs a string id' });
      requireExpectedRevision(raw['revision'], false);
      break;
    case 'checkChildren': {
      const kind = raw['kind'];
      if (typeof kind !== 'string' || !Object.hasOwn(CHILD_PARENT_FIELD, kind))
        throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
      const ids = raw['ids'];
      if (typeof raw['parentId'] !== 'string' || !Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
        throw new DossierError('invalid-input', { field: 'checkChildren', reason: 'needs a parent id and a list of string ids' });
      }
      break;
    }
    case 'putBlob':
      if (typeof raw['documentId'] !== 'string' || !isBlob(raw['blob'])) {
        throw new DossierError('invalid-input', { field: 'blob', reason: 'putBlob needs a document id and a Blob' });
      }
      break;
    case 'deleteBlob':
      if (typeof raw['documentId'] !== 'string') throw new DossierError('invalid-input', { field: 'documentId' });
      break;
    default:
      throw new DossierError('invalid-input', { field: 'op', reason: String(raw['op']) });
  }
}

function requireKind(kind: unknown): asserts kind is RecordKind {
  if (!RECORD_KINDS.includes(kind as RecordKind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
}

function requireExpectedRevision(value: unknown, optional: boolean): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DossierError('invalid-input', { field: 'ifRevision', reason: 'a whole number ≥ 0' });
  }
}

function checkRevision(
  kind: RecordKind,
  id: string,
  expected: number | undefined,
  storedRevision: (kind: RecordKind, id: string) => number | undefined,
): void {
  if (expected === undefined) return;
  const stored = storedRevision(kind, id) ?? 0;
  if (stored !== expected) throw new DossierError('conflict', { kind, id });
}
