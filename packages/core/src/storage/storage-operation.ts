import type { ChildKind, RecordKind, StorageRecords } from './storage-records.js';

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

/**
 * Writes nothing: the commit lands only if the record is stored at `revision`
 * (`0`: absent). Core guards with it every record a commit's result was
 * computed from but does not write (the risk type's catalogue revision under
 * a dossier's summary, for instance).
 */
export interface CheckOperation {
  readonly op: 'check';
  readonly kind: RecordKind;
  readonly id: string;
  readonly revision: number;
}

/**
 * Writes nothing: the commit lands only if the records of `kind` whose parent
 * is `parentId` are exactly `ids` (in any order). Core guards with it a change
 * computed over every dossier of a risk type, so that a dossier opened
 * meanwhile is not left out.
 */
export interface CheckChildrenOperation {
  readonly op: 'checkChildren';
  readonly kind: ChildKind;
  readonly parentId: string;
  readonly ids: readonly string[];
}

/** One step of an atomic commit: a write, or a check that guards it. */
export type StorageOperation =
  PutOperation | DeleteOperation | PutBlobOperation | DeleteBlobOperation | CheckOperation | CheckChildrenOperation;
