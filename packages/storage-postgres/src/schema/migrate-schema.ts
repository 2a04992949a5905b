import type { SqlClient } from '../sql/sql-client.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** Advisory lock held while migrating, so that two processes starting together migrate once. */
const MIGRATION_LOCK = 7_140_213_001;

/**
 * Applies the migrations the database lacks, in order, in one transaction
 * (all land or none), under an advisory lock (several server instances may start at
 * once). Returns the versions applied now.
 */
export async function migrateSchema(sql: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS dossier_schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM dossier_schema_migration');
    const done = new Set(rows.map((row) => Number(row.version)));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO dossier_schema_migration (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
  });
  return applied;
}

/** The newest schema version this package knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));
