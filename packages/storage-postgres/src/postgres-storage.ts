import type { StoragePort } from '@dossier/core';
import type { ChangeScope, StorageOperation } from '@dossier/core/adapter';
import type { BlobReadStream } from './blobs/blob-store.js';
import type { ChangeFeedPage } from './changes/change-feed-page.js';
import type { PostgresCommitOptions, PostgresCommitReceipt } from './commit/postgres-commit-options.js';

/** The answer a refused commit got, kept so that a retry with the same key gets it again. */
export interface CommitRefusal {
  readonly commitId: string;
  readonly principal: string;
  readonly fingerprint: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A document's bytes as a stream, with what a download needs. */
export interface StoredBlobStream extends BlobReadStream {
  readonly mediaType: string;
  readonly digest: string;
}

/**
 * A StoragePort on PostgreSQL for one tenant, plus what a server needs
 * beside the port: commits with an id, a verifier and idempotency, the
 * change feed, and streamed downloads.
 */
export interface PostgresStorage extends StoragePort {
  readonly tenantId: string;
  /** `commit`, with options; resolves with the commit's place in the change feed. */
  commitWith(operations: readonly StorageOperation[], scope: ChangeScope, options?: PostgresCommitOptions): Promise<PostgresCommitReceipt>;
  /**
   * The tenant's commits after `since`. Without it, only a position to start
   * from: the head, or the position before the commits of the last
   * `lookBackMs` (see `readChangeFeed`).
   */
  changes(since?: number, options?: { readonly lookBackMs?: number }): Promise<ChangeFeedPage>;
  /** A document's bytes as a stream, or `undefined`. */
  openBlob(documentId: string): Promise<StoredBlobStream | undefined>;
  /** Keeps a refused commit's answer under its id (kept like feed entries, at least 24 hours). */
  rememberRefusal(refusal: CommitRefusal): Promise<void>;
  /** The stored answer of a refused commit, if this principal's key was refused. */
  findRefusal(principal: string, commitId: string): Promise<CommitRefusal | undefined>;
}
