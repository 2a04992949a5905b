/** What a commit changed, told to subscribers (also across tabs where the storage can). */
export interface StorageChange {
  readonly dossierIds: readonly string[];
  readonly riskTypeIds: readonly string[];
  /** `local`: this storage instance committed it; `remote`: another tab, client or server did. */
  readonly origin: 'local' | 'remote';
}

/** Listener of storage changes. */
export type StorageChangeListener = (change: StorageChange) => void;
