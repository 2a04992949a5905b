import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlResult, SqlTransactionOptions } from './sql-client.js';

/** Delay before a dropped LISTEN connection is opened again, doubled up to 5 s. */
const FIRST_RECONNECT_MS = 100;
const MAX_RECONNECT_MS = 5000;

/**
 * A SqlClient on a `pg` pool. Transactions take one pooled connection each;
 * notifications arrive on one dedicated connection (opened at the first
 * `listen`, opened again if it drops).
 *
 * @param owned close the pool in `close()` (when this package opened it from a URL).
 */
export function createPgPoolSqlClient(pool: pg.Pool, owned = false): SqlClient {
  const channels = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let reconnectMs = FIRST_RECONNECT_MS;

  const query = async <R>(executor: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]): Promise<SqlResult<R>> => {
    const result = await executor.query(text, params as unknown[] | undefined);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  };

  const connectListener = (): Promise<pg.Client> => {
    if (listener) return Promise.resolve(listener);
    connecting ??= (async () => {
      const client = new pg.Client(pool.options);
      client.on('notification', (message) => {
        for (const callback of channels.get(message.channel) ?? []) callback(message.payload ?? '');
      });
      // A dropped connection must not crash the process: listen again after a pause.
      client.on('error', () => dropListener(client));
      client.on('end', () => dropListener(client));
      await client.connect();
      for (const channel of channels.keys()) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      listener = client;
      reconnectMs = FIRST_RECONNECT_MS;
      return client;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  const dropListener = (client: pg.Client): void => {
    if (listener !== client) return;
    listener = undefined;
    client.end().catch(() => undefined);
    scheduleReconnect();
  };
  const scheduleReconnect = (): void => {
    if (closed || channels.size === 0) return;
    const delay = reconnectMs;
    reconnectMs = Math.min(reconnectMs * 2, MAX_RECONNECT_MS);
    setTimeout(() => {
      if (!closed && channels.size > 0) connectListener().catch(scheduleReconnect);
    }, delay).unref();
  };

  return {
    driver: 'pg',
    query: (text, params) => query(pool, text, params),
    async exec(script) {
      await pool.query(script);
    },
    async transaction<T>(body: (tx: SqlExecutor) => Promise<T>, options: SqlTransactionOptions = {}): Promise<T> {
      const connection = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: destroyed rather than handed to the next caller.
      let broken: Error | undefined;
      try {
        await connection.query(
          `BEGIN ISOLATION LEVEL ${options.isolation === 'repeatable read' ? 'REPEATABLE READ' : 'READ COMMITTED'}${options.readOnly ? ' READ ONLY' : ''}`,
        );
      } catch (error) {
        connection.release(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
      try {
        const result = await body({
          query: (text, params) => query(connection, text, params),
          exec: async (script) => {
            await connection.query(script);
          },
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    async listen(channel, onMessage) {
      let callbacks = channels.get(channel);
      const first = !callbacks;
      if (!callbacks) channels.set(channel, (callbacks = new Set()));
      callbacks.add(onMessage);
      const client = await connectListener();
      if (first && listener === client) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      return async () => {
        callbacks.delete(onMessage);
        if (callbacks.size > 0) return;
        channels.delete(channel);
        await listener?.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      channels.clear();
      const client = listener ?? (await connecting?.catch(() => undefined));
      listener = undefined;
      await client?.end().catch(() => undefined);
      if (owned) await pool.end();
    },
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
