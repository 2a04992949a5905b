/** Why this connection was closed to let another one change the database. */
export interface IdbVersionChange {
  /** `upgrade-elsewhere`: another tab opened a newer schema; `deleted`: the database is being deleted. */
  readonly reason: 'upgrade-elsewhere' | 'deleted';
}

/**
 * Test-only hooks. They exist so that tests can make a commit fail half-way
 * through its writes; production code never sets them.
 */
export interface IdbStorageTestHooks {
  /**
   * Called synchronously inside the commit transaction after each write is
   * issued, with how many were issued so far and how many the commit has.
   * Throwing aborts the transaction: nothing of the commit must land.
   */
  readonly afterWrites?: (written: number, total: number) => void;
}

/** Options of `createIdbStorage`. */
export interface IdbStorageOptions {
  /** IndexedDB database name. Default `'dossier-idb'`. */
  readonly name?: string;
  /**
   * Told when this connection closed itself because another tab upgrades or
   * deletes the database. Every later call rejects with `storage-unavailable`;
   * the host should offer a reload.
   */
  readonly onVersionChange?: (change: IdbVersionChange) => void;
  /** For tests only: fault injection inside commits. */
  readonly testHooks?: IdbStorageTestHooks;
}
