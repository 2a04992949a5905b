import type { CommitVerifier } from './commit-view.js';

/** Options of one `PostgresStorage.commitWith`. */
export interface PostgresCommitOptions {
  /**
   * The commit's id in the change feed: an `Idempotency-Key`. When a commit
   * with this id already landed for `principal`, nothing is applied again and
   * its receipt comes back with `replayed: true` (or `invalid-input` when
   * `fingerprint` differs: the key was used for another commit).
   */
  readonly commitId?: string;
  /** Who sent it; idempotency keys are scoped to it. Default `''`. */
  readonly principal?: string;
  /** Identifies the commit's content, to refuse a key reused for another commit. */
  readonly fingerprint?: string;
  /** Checks the result before it commits (a server re-running the domain rules). */
  readonly verify?: CommitVerifier;
}

/** What a landed commit got. */
export interface PostgresCommitReceipt {
  /** Its position in the tenant's change feed. */
  readonly seq: number;
  readonly commitId: string;
  /** True when this commit id had already landed: nothing was applied now. */
  readonly replayed: boolean;
}
