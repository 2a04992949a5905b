/** Body of a successful `POST /commits`. */
export interface CommitReceipt {
  /** Position of this commit in the change feed. */
  readonly seq: number;
  /** The commit's `Idempotency-Key`, or an id the server chose when there was none. */
  readonly commitId: string;
}
