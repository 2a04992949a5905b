import { DossierError } from '../errors/dossier-error.js';
import { isBlob } from '../realm/is-blob.js';
import type { StorageOperation } from './storage-operation.js';
import { RECORD_KINDS, type RecordKind } from './storage-records.js';

/**
 * Checks a commit before anything is applied: well-formed operations and
 * matching `ifRevision`s. Adapters call it inside their transaction with a
 * lookup of stored revisions, so that a bad commit writes nothing.
 *
 * @param storedRevision the stored revision of a record, `undefined` if absent.
 * @throws DossierError `invalid-input` on a malformed operation, `conflict` on a revision mismatch.
 */
export function checkOperations(
  operations: readonly StorageOperation[],
  storedRevision: (kind: RecordKind, id: string) => number | undefined,
): void {
  if (!Array.isArray(operations)) throw new DossierError('invalid-input', { field: 'operations' });
  for (const operation of operations) {
    switch (operation?.op) {
      case 'put': {
        const value = operation.value as { id?: unknown; revision?: unknown } | undefined;
        if (!RECORD_KINDS.includes(operation.kind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(operation.kind) });
        if (!value || typeof value.id !== 'string' || value.id === '' || typeof value.revision !== 'number') {
          throw new DossierError('invalid-input', { field: operation.kind, reason: 'record needs a string id and a numeric revision' });
        }
        checkRevision(operation.kind, value.id, operation.ifRevision, storedRevision);
        break;
      }
      case 'delete':
        if (!RECORD_KINDS.includes(operation.kind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(operation.kind) });
        checkRevision(operation.kind, operation.id, operation.ifRevision, storedRevision);
        break;
      case 'putBlob':
        if (typeof operation.documentId !== 'string' || !isBlob(operation.blob)) {
          throw new DossierError('invalid-input', { field: 'blob', reason: 'putBlob needs a document id and a Blob' });
        }
        break;
      case 'deleteBlob':
        if (typeof operation.documentId !== 'string') throw new DossierError('invalid-input', { field: 'documentId' });
        break;
      default:
        throw new DossierError('invalid-input', { field: 'op', reason: String((operation as { op?: unknown })?.op) });
    }
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
