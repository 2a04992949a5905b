/** Size limits of a `POST /commits` body. */
export interface CommitLimits {
  /** Largest binary part (a document's bytes). */
  readonly maxBlobBytes: number;
  /** Largest `operations` or `scope` part (JSON text). */
  readonly maxJsonBytes: number;
  /** Most binary parts in one commit. */
  readonly maxFiles: number;
  /** Most operations in one commit. */
  readonly maxOperations: number;
}
