/** One binary part of a commit, received to a temporary file while hashed. */
export interface UploadedPart {
  /** The multipart name the `putBlob` operation refers to. */
  readonly name: string;
  /** Temporary file holding the bytes; removed once the commit is done. */
  readonly path: string;
  readonly size: number;
  /** Hex SHA-256, computed while the bytes arrived. */
  readonly digest: string;
  /** The first bytes (up to 64 KiB), to recognise the file's kind. */
  readonly head: Uint8Array;
  /** The media type the client declared (never trusted for a document: its kind is sniffed). */
  readonly declaredType: string;
}
