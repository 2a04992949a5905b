import type { ChildKind, RecordKind, StorageOperation, StorageRecords } from '@dossier/core/adapter';

/** The bytes a document has, as the commit leaves them. */
export interface DocumentBlobRow {
  readonly digest: string;
  readonly size: number;
  readonly mediaType: string;
}

/**
 * What a commit verifier sees, inside the commit's transaction, after its
 * writes and before it commits: the records as they were (those the commit
 * writes or checks, read under its locks) and reads of the result.
 *
 * Reads of records the commit does not lock are only stable if the commit
 * guards them (a `check` of the risk type guards its pieces, a summary's
 * revision guards its dossier's records): a verifier refuses commits that do
 * not carry the guards it relies on.
 */
export interface CommitView {
  readonly tenantId: string;
  readonly operations: readonly StorageOperation[];
  /** A record as stored before the commit, if the commit writes or checks it; `undefined` if it was absent. */
  before<K extends RecordKind>(kind: K, id: string): StorageRecords[K] | undefined;
  /** A record as the commit leaves it. */
  get<K extends RecordKind>(kind: K, id: string): Promise<StorageRecords[K] | undefined>;
  /** The records under a parent as the commit leaves them. */
  listChildren<K extends ChildKind>(kind: K, parentId: string): Promise<StorageRecords[K][]>;
  /** The bytes a document has as the commit leaves them. */
  blobOf(documentId: string): Promise<DocumentBlobRow | undefined>;
}

/** Runs in the commit's transaction after its writes; throwing rolls the whole commit back. */
export type CommitVerifier = (view: CommitView) => Promise<void>;
