/** One commit in a tenant's change feed. */
export interface ChangeFeedEntry {
  readonly seq: number;
  readonly commitId: string | null;
  readonly dossierIds: readonly string[];
  readonly riskTypeIds: readonly string[];
}

/** A page of the change feed, as `GET /changes` answers it. */
export interface ChangeFeedPage {
  /** Where to ask from next time: the last entry's `seq`, or the feed's head when there is none. */
  readonly seq: number;
  readonly changes: readonly ChangeFeedEntry[];
}
