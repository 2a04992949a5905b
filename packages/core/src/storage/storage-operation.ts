import type { RecordKind, StorageRecords } from './storage-records.js';

/**
 * Expected stored revision for optimistic concurrency: `0` means "must not
 * exist yet"; a positive number means "must be stored with this revision".
 * Absent: no check.
 */
export type ExpectedRevision = number | undefined;

/** Write one record (insert or replace). */
export type PutOperation = {
  [K in RecordKind]: { readonly op: 'put'; readonly kind: K; readonly value: StorageRecords[K]; readonly ifRevision?: ExpectedRevision };
}[RecordKind];

/** Delete one record (no error if it is already gone, unless `ifRevision` is set). */
export interface DeleteOperation {
  readonly op: 'delete';
  readonly kind: RecordKind;
  readonly id: string;
  readonly ifRevision?: ExpectedRevision;
}

/** Store the bytes of a document, under the document's id. */
export interface PutBlobOperation {
  readonly op: 'putBlob';
  readonly documentId: string;
  readonly blob: Blob;
}

/** Delete the bytes of a document. */
export interface DeleteBlobOperation {
  readonly op: 'deleteBlob';
  readonly documentId: string;
}

/** One write in an atomic commit. */
export type StorageOperation = PutOperation | DeleteOperation | PutBlobOperation | DeleteBlobOperation;
