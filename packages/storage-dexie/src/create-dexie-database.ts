import Dexie, { type DBCore, type Middleware } from 'dexie';
import { defineDexieSchema } from './dexie-schema.js';

/** Options of `createDexieDatabase`. */
export interface DexieDatabaseOptions {
  /** Dexie middlewares to install, bottom-most last (see `db.use`). */
  readonly middleware?: readonly Middleware<DBCore>[];
}

/**
 * A Dexie instance on database `name` with Dexie storage's schema (every
 * version and upgrade), not yet opened. The storage uses it; benchmarks use it
 * as the raw-Dexie baseline on exactly the same tables and indexes.
 */
export function createDexieDatabase(name: string, options: DexieDatabaseOptions = {}): Dexie {
  // Dexie 4's query cache only serves live queries, which the storage does not use: skip its memory.
  const db = new Dexie(name, { cache: 'disabled' });
  defineDexieSchema(db);
  for (const middleware of options.middleware ?? []) db.use(middleware);
  return db;
}
