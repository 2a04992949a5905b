import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database made for one test run, dropped by `drop()`. */
export interface TestDatabase {
  /** Connection URL of the new database. */
  readonly url: string;
  /** A new pool on it (several pools make several independent clients). Closed by `drop()`. */
  pool(options?: pg.PoolConfig): pg.Pool;
  /** Closes the pools made here and drops the database. */
  drop(): Promise<void>;
}

/** Where tests reach PostgreSQL when `DOSSIER_TEST_POSTGRES_URL` is not set (the role `.ci/run` creates). */
export const DEFAULT_TEST_POSTGRES_URL = 'postgres://dossier:dossier@127.0.0.1:5432/postgres';

/**
 * Creates a fresh database on the PostgreSQL server at `adminUrl` (a role
 * allowed to create databases), named `<prefix>_<random>`. Fails loudly, with
 * what to do, when the server cannot be reached: a test that needs a real
 * PostgreSQL must never pass by skipping.
 *
 * @example
 * const db = await createTestDatabase('dossier_conformance');
 * const storage = await createPostgresStorage({ db: db.pool() });
 * // … after the tests:
 * await db.drop();
 */
export async function createTestDatabase(
  prefix: string,
  adminUrl = process.env['DOSSIER_TEST_POSTGRES_URL'] ?? DEFAULT_TEST_POSTGRES_URL,
): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new TypeError('prefix: lower-case letters, digits and _');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is needed for this test and could not be used at ${redact(adminUrl)} (${reason}). ` +
        'Start it (`pg_ctlcluster 15 main start` as root; `.ci/run` does it and creates the `dossier` role) ' +
        'or set DOSSIER_TEST_POSTGRES_URL to a role that may create databases.',
      { cause: error },
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pools: pg.Pool[] = [];
  return {
    url: url.toString(),
    pool(options = {}) {
      const pool = new pg.Pool({ connectionString: url.toString(), max: 10, ...options });
      // An idle client dropped by the server must not crash the test process.
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    async drop() {
      await Promise.all(pools.splice(0).map((pool) => pool.end().catch(() => undefined)));
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
