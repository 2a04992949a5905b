import type { DocumentOrigin } from './document-origin.js';
import type { DocumentReview } from './document-review.js';

/** Whether a document is only collected or also filed in the host's document management. */
export type DocumentState = 'obtained' | 'archived';

/** A stored file in a dossier. Its bytes live beside it in the storage, under the same id. */
export interface CollectedDocument {
  readonly id: string;
  readonly dossierId: string;
  /** The expected piece it is classified to, or `null` while unclassified. */
  readonly pieceId: string | null;
  readonly state: DocumentState;
  /** Cleaned file name, safe for headers and file systems. */
  readonly name: string;
  /** The name as the user gave it, for display only. */
  readonly originalName: string;
  /** Media type detected from the file's first bytes. */
  readonly mediaType: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes. */
  readonly digest: string;
  /**
   * True when opening the file needs a password (an encrypted PDF, Office or OpenDocument
   * file): accepted, but the broker may not be able to open it later. Absent on documents
   * stored before Dossier told.
   */
  readonly passwordProtected?: boolean;
  /** Date the document was issued (YYYY-MM-DD), for validity checks. */
  readonly issuedOn: string | null;
  readonly addedAt: string;
  readonly archivedAt: string | null;
  /** Who put it here; absent: the broker (documents stored before Dossier told). */
  readonly origin?: DocumentOrigin;
  /** The upload link the client sent it through (`origin: 'portal'` only). */
  readonly uploadLinkId?: string;
  /**
   * The broker's review; absent when the document needs none (see `ExpectedPiece.review`). A
   * pending document does not count for its piece until accepted; a rejected one never does.
   */
  readonly review?: DocumentReview;
  readonly revision: number;
}
