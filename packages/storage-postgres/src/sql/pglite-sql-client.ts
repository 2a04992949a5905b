import type { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor, SqlResult, SqlTransactionOptions } from './sql-client.js';

/** The part of PGlite used here (its `Transaction` has the same `query`). */
type PGliteLike = Pick<PGlite, 'query' | 'exec' | 'transaction' | 'listen' | 'close'>;

/**
 * A SqlClient on an embedded PGlite. PGlite serves one connection: its
 * transactions run one after the other, so it never shows the revision
 * conflicts concurrent writers meet on a real server (tests of those run on
 * PostgreSQL). PGlite returns `int8` as numbers where `pg` returns strings:
 * callers read both with `Number()`.
 *
 * @param owned close PGlite in `close()` (when this package opened it from a folder).
 */
export function createPgliteSqlClient(db: PGliteLike, owned = false): SqlClient {
  const run = async <R>(executor: Pick<PGlite, 'query'>, text: string, params?: readonly unknown[]): Promise<SqlResult<R>> => {
    const result = await executor.query<R>(text, params as unknown[] | undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  const unlisteners = new Set<() => Promise<void>>();
  return {
    driver: 'pglite',
    query: (text, params) => run(db, text, params),
    async exec(script) {
      await db.exec(script);
    },
    transaction<T>(body: (tx: SqlExecutor) => Promise<T>, options: SqlTransactionOptions = {}): Promise<T> {
      return db.transaction(async (tx) => {
        if (options.isolation === 'repeatable read' || options.readOnly) {
          await tx.query(
            `SET TRANSACTION ISOLATION LEVEL ${options.isolation === 'repeatable read' ? 'REPEATABLE READ' : 'READ COMMITTED'}${options.readOnly ? ' READ ONLY' : ''}`,
          );
        }
        return body({
          query: (text, params) => run(tx, text, params),
          exec: async (script) => {
            await tx.exec(script);
          },
        });
      });
    },
    async listen(channel, onMessage) {
      const unlisten = await db.listen(channel, onMessage);
      const stop = async () => {
        unlisteners.delete(stop);
        await unlisten();
      };
      unlisteners.add(stop);
      return stop;
    },
    async close() {
      for (const stop of [...unlisteners]) await stop().catch(() => undefined);
      if (owned) await db.close();
    },
  };
}
