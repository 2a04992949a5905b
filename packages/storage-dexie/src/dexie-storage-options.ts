import type { DBCore, Middleware } from 'dexie';

/** Why a Dexie storage closed itself because of another connection. */
export interface DexieVersionChange {
  /** `upgrade-elsewhere`: another tab opened the database with a newer schema; `deleted`: it was deleted. */
  readonly reason: 'upgrade-elsewhere' | 'deleted';
}

/** Options of `createDexieStorage`. */
export interface DexieStorageOptions {
  /** IndexedDB database name. Default `'dossier'`. */
  readonly name?: string;
  /**
   * Called once when the storage closed itself so that another tab could
   * upgrade or delete the database. Every later call rejects with
   * `storage-unavailable`; a host typically asks the user to reload.
   */
  readonly onVersionChange?: (event: DexieVersionChange) => void;
  /** Ask the browser, once per page, to make this origin's storage persistent. Default `true`. */
  readonly requestPersistence?: boolean;
  /**
   * Dexie middlewares installed on the connection (`db.use`), e.g. for
   * encryption or instrumentation. Tests use one to fail a write in the middle
   * of a commit.
   */
  readonly middleware?: readonly Middleware<DBCore>[];
}
