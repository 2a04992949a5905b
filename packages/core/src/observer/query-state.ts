/** Where a query stands: first load under way, a value, or the last load's failure. */
export type QueryStatus = 'loading' | 'ready' | 'error';

/** What an observer sees of its query. A reload keeps the last value until the new one arrives. */
export interface QueryState<T> {
  readonly status: QueryStatus;
  /** The last value loaded; `undefined` before the first one. */
  readonly value: T | undefined;
  /** The last load's failure, while `status` is `error`. */
  readonly error: unknown;
}
