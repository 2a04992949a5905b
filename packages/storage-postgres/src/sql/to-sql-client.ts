import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { createPgPoolSqlClient } from './pg-pool-sql-client.js';
import { createPgliteSqlClient } from './pglite-sql-client.js';
import type { SqlClient } from './sql-client.js';

/** What a Postgres storage runs on: a `pg` pool (a real server), an embedded PGlite, or a ready SqlClient. */
export type PostgresConnection = pg.Pool | PGlite | SqlClient;

/**
 * The SqlClient of a connection, told apart by shape (PGlite is an optional
 * dependency: it is never imported here). The pool or PGlite stays the
 * caller's unless `owned`: closing the client then closes it too.
 */
export function toSqlClient(db: PostgresConnection, owned = false): SqlClient {
  const candidate = db as unknown as Record<string, unknown>;
  if (typeof candidate['driver'] === 'string' && typeof candidate['transaction'] === 'function') return db as SqlClient;
  if (typeof candidate['connect'] === 'function' && typeof candidate['totalCount'] === 'number')
    return createPgPoolSqlClient(db as pg.Pool, owned);
  if (
    typeof candidate['exec'] === 'function' &&
    typeof candidate['listen'] === 'function' &&
    typeof candidate['transaction'] === 'function'
  ) {
    return createPgliteSqlClient(db as PGlite, owned);
  }
  throw new TypeError('db must be a pg Pool, a PGlite instance or a SqlClient');
}
