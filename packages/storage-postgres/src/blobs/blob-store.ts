/** Where a document's bytes live in a blob store: per tenant, by content. */
export interface BlobKey {
  readonly tenantId: string;
  /** Hex SHA-256 of the bytes. */
  readonly digest: string;
}

/** A stream of stored bytes with its size, for serving a download without holding it in memory. */
export interface BlobReadStream {
  readonly stream: ReadableStream<Uint8Array>;
  readonly size: number;
}

/**
 * Where document bytes are kept: in the database (the default), on disk or in
 * an S3-compatible store (`@dossier/server`). Content-addressed: a key always
 * names the same bytes, so `put` is idempotent and is called before the
 * commit's transaction; the commit then records, in the transaction, which
 * bytes each document has. Bytes a failed commit left behind are unreferenced
 * and swept later, never read.
 */
export interface BlobStore {
  /** Largest blob it takes, in bytes (`Infinity` when only the disk limits it). */
  readonly maxBytes: number;
  /** Stores the bytes under `key` (the SHA-256 of those bytes); storing them again is harmless. */
  put(key: BlobKey, blob: Blob): Promise<void>;
  /** The bytes under `key` as a Blob of `mediaType`, or `undefined`. */
  get(key: BlobKey, mediaType: string): Promise<Blob | undefined>;
  /** The bytes under `key` as a stream, or `undefined`. */
  open(key: BlobKey): Promise<BlobReadStream | undefined>;
  /**
   * Deletes the bytes under each key, if no document of the tenant refers to
   * them any more; `isReferenced` is asked at deletion time.
   */
  sweep(olderThan: Date, isReferenced: (key: BlobKey) => Promise<boolean>): Promise<number>;
}
