/**
 * A failure the mock server can inflict on a commit:
 * - `server-error`: answers 500; nothing applied.
 * - `timeout`: never answers (until the client gives up); nothing applied.
 * - `drop`: the connection drops while the body uploads (a network error); nothing applied.
 * - `conflict`: answers 409, as if another client had just changed a record; nothing applied.
 * - `response-lost`: the commit IS applied, then the connection drops before the answer
 *   reaches the client: a retry with the same `Idempotency-Key` must get the stored answer.
 */
export type CommitFault = 'server-error' | 'timeout' | 'drop' | 'conflict' | 'response-lost';

/** How long an armed fault lasts. */
export interface CommitFaultOptions {
  /**
   * How many attempts of the commit fail: the first one and its retries
   * (same `Idempotency-Key`). Default: every attempt, except `response-lost`
   * which hits the first attempt only.
   */
  readonly attempts?: number;
}
