/** The dossiers and risk types a commit touched. */
export interface ChangeScope {
  readonly dossierIds: readonly string[];
  readonly riskTypeIds: readonly string[];
}

/** What a commit changed, told to subscribers (also across tabs where the storage can). */
export interface StorageChange extends ChangeScope {
  /** `local`: this storage instance committed it; `remote`: another tab, client or server did. */
  readonly origin: 'local' | 'remote';
}

/** Listener of storage changes. */
export type StorageChangeListener = (change: StorageChange) => void;
