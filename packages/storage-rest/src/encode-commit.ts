import { DossierError, type Locale } from '@dossier/core';
import { type ChangeScope, type StorageOperation } from '@dossier/core/adapter';
import { isBlob } from '@dossier/core/adapter';
import type { WireOperation } from './wire/wire-operation.js';

/** A commit ready for `POST /commits`. */
export interface EncodedCommit {
  /** Parts `operations` (JSON text), `scope` (JSON text), then one binary part per `putBlob`. */
  readonly body: FormData;
  /** Total size of the blob parts, for the time-out. */
  readonly blobBytes: number;
  /** The scope as sent (copied, checked). */
  readonly scope: ChangeScope;
}

/**
 * Encodes a commit as multipart form data, so that records and bytes travel
 * in one request and the server can apply them in one transaction. Refuses
 * locally what cannot be sent, before any byte leaves.
 *
 * @throws DossierError `invalid-input` on a malformed operation or scope, `file-too-large` on a blob over `maxBlobBytes`.
 */
export function encodeCommit(
  operations: readonly StorageOperation[],
  scope: ChangeScope,
  options: { readonly maxBlobBytes: number; readonly locale?: Locale },
): EncodedCommit {
  const { locale } = options;
  const invalid = (field: string, reason?: string) =>
    new DossierError('invalid-input', reason === undefined ? { field } : { field, reason }, { locale });
  if (!Array.isArray(operations)) throw invalid('operations');
  const blobs: [string, Blob][] = [];
  let blobBytes = 0;
  const wire = operations.map((operation: StorageOperation, index): WireOperation => {
    if (typeof operation !== 'object' || operation === null) throw invalid('op');
    switch (operation.op) {
      case 'put':
        if (typeof operation.value !== 'object' || operation.value === null)
          throw invalid(String(operation.kind), 'record needs a string id and a numeric revision');
        return { op: 'put', kind: operation.kind, value: operation.value, ...revision(operation.ifRevision) };
      case 'delete':
        return { op: 'delete', kind: operation.kind, id: operation.id, ...revision(operation.ifRevision) };
      case 'putBlob': {
        const { blob, documentId } = operation;
        if (typeof documentId !== 'string' || !isBlob(blob)) throw invalid('blob', 'putBlob needs a document id and a Blob');
        if (blob.size > options.maxBlobBytes) {
          throw new DossierError('file-too-large', { size: blob.size, maxBytes: options.maxBlobBytes }, { locale });
        }
        const part = `blob-${index}`;
        blobs.push([part, blob]);
        blobBytes += blob.size;
        return { op: 'putBlob', documentId, part, size: blob.size, type: blob.type };
      }
      case 'deleteBlob':
        if (typeof operation.documentId !== 'string') throw invalid('documentId');
        return { op: 'deleteBlob', documentId: operation.documentId };
      case 'check':
        return { op: 'check', kind: operation.kind, id: operation.id, revision: operation.revision };
      case 'checkChildren':
        if (!Array.isArray(operation.ids)) throw invalid('checkChildren', 'needs a list of ids');
        return { op: 'checkChildren', kind: operation.kind, parentId: operation.parentId, ids: [...operation.ids] };
      default:
        throw invalid('op', String((operation as { op?: unknown }).op));
    }
  });
  const sentScope: ChangeScope = {
    dossierIds: idList(scope?.dossierIds, 'scope.dossierIds', locale),
    riskTypeIds: idList(scope?.riskTypeIds, 'scope.riskTypeIds', locale),
  };
  const body = new FormData();
  body.append('operations', json(wire, 'operations', locale));
  body.append('scope', json(sentScope, 'scope', locale));
  // Blob parts after the JSON: a streaming server knows what to expect before the bytes come.
  for (const [part, blob] of blobs) body.append(part, blob, 'blob');
  return { body, blobBytes, scope: sentScope };
}

function revision(ifRevision: number | undefined): { ifRevision?: number } {
  return ifRevision === undefined ? {} : { ifRevision };
}

function idList(value: unknown, field: string, locale?: Locale): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) throw new DossierError('invalid-input', { field }, { locale });
  return [...(value as string[])];
}

function json(value: unknown, field: string, locale?: Locale): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    // Cycles and BigInts cannot be stored anywhere; say so before sending.
    throw new DossierError('invalid-input', { field, reason: 'not JSON' }, { locale, cause: error });
  }
}
