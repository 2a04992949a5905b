/** What a storage can do; what it lacks is declared, never faked. */
export interface StorageCapabilities {
  /** Data survives a page reload. */
  readonly persistent: boolean;
  /** Changes made by another tab or client reach `subscribe`. */
  readonly crossContextChanges: boolean;
  /** Largest Blob the storage accepts, in bytes (`Infinity` if none). */
  readonly maxBlobBytes: number;
}
