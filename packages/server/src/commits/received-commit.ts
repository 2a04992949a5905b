import type { ChangeScope, StorageOperation } from '@dossier/core/adapter';
import type { UploadedPart } from './uploaded-part.js';

/** A `POST /commits` body, received whole and decoded. */
export interface ReceivedCommit {
  /** Operations as the storage takes them: each `putBlob` carries a Blob backed by its temporary file. */
  readonly operations: StorageOperation[];
  readonly scope: ChangeScope;
  /** The binary part of each `putBlob`, by operation index. */
  readonly uploads: ReadonlyMap<number, UploadedPart>;
  /** Identifies the body (JSON parts and the digests of the bytes), to refuse an `Idempotency-Key` reused for another commit. */
  readonly fingerprint: string;
  /** Removes the temporary files. */
  dispose(): Promise<void>;
}
