/** Rows of one statement. */
export interface SqlResult<R> {
  readonly rows: R[];
  /** Rows inserted, updated or deleted (or returned), as the driver reports it. */
  readonly rowCount: number;
}

/** Runs statements on one connection (inside a transaction) or on any (outside). */
export interface SqlExecutor {
  /** One statement with `$1…` parameters; the same SQL runs on PostgreSQL and PGlite. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<R>>;
  /** Several statements without parameters (a migration script). */
  exec(script: string): Promise<void>;
}

/** How a transaction runs. */
export interface SqlTransactionOptions {
  /** Default `read committed`; audit reads use `repeatable read` to see one snapshot. */
  readonly isolation?: 'read committed' | 'repeatable read';
  readonly readOnly?: boolean;
}

/**
 * The one thing storage code talks to: a `pg` pool or an embedded PGlite,
 * behind the same few calls. Everything else (migrations, commits, the audit)
 * is plain SQL above it.
 */
export interface SqlClient extends SqlExecutor {
  /** `pg`: a pool of real connections; `pglite`: one embedded connection that serializes everything. */
  readonly driver: 'pg' | 'pglite';
  /** Runs `body` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: SqlExecutor) => Promise<T>, options?: SqlTransactionOptions): Promise<T>;
  /**
   * Calls `onMessage` with the payload of every `NOTIFY` on `channel`, from any
   * connection or process on the same database. Resolves once listening.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Stops listening; closes the pool or PGlite only when this client opened it. */
  close(): Promise<void>;
}
