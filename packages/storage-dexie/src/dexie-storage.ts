import type { StoragePort } from '@dossier/core';

/** A StoragePort on IndexedDB through Dexie, plus what only this adapter has. */
export interface DexieStorage extends StoragePort {
  /** The IndexedDB database name. */
  readonly name: string;
  /**
   * Opens the database now instead of at the first call (which opens it
   * anyway), to learn early whether IndexedDB is usable here.
   *
   * @throws DossierError `storage-unavailable` (private mode, blocked, closed…).
   */
  open(): Promise<void>;
}
