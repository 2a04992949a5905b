/** One commit as the change feed reports it. */
export interface ChangeFeedEntry {
  readonly seq: number;
  /** The commit's `Idempotency-Key` (or server-chosen id); `null` for changes made outside `POST /commits`. */
  readonly commitId: string | null;
  readonly dossierIds: readonly string[];
  readonly riskTypeIds: readonly string[];
}

/** Body of `GET /changes`: the commits after `since`, and the position to ask from next time. */
export interface ChangeFeedPage {
  /** Latest position of the feed; pass it as `since` on the next poll. */
  readonly seq: number;
  /** Commits with `seq > since`, oldest first; empty when `since` was not given. */
  readonly changes: readonly ChangeFeedEntry[];
}
