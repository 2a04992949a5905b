import type { DocumentReviewStatus, RejectionReason } from '../model/document-review.js';

/**
 * Where a requested piece stands for the client: `requested` (to send), `received` (sent,
 * waiting for the broker's review), `complete` (nothing more to send), or `rejected` (the last
 * file sent was refused: see its reason, and send another).
 */
export type PortalPieceStatus = 'requested' | 'received' | 'complete' | 'rejected';

/** A file the client sent through the link, as the client sees it again. */
export interface PortalDocument {
  /** The file name as the client's device gave it (display only, as text). */
  readonly name: string;
  readonly size: number;
  /** ISO timestamp. */
  readonly sentAt: string;
  /** The broker's review: `null` when the piece needs none (it counts as received). */
  readonly review: DocumentReviewStatus | null;
  /** Why it was refused, when it was. */
  readonly reason: RejectionReason | null;
  /** The broker's words, when he wrote some (text, never markup). */
  readonly note: string | null;
}

/** One piece the link asks for, with what the client needs to send it. */
export interface PortalPiece {
  readonly id: string;
  readonly label: string;
  readonly instructions: string | null;
  /** Accepted media types (`application/pdf`, `image/*`); empty: every recognised kind. */
  readonly accept: readonly string[];
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  readonly status: PortalPieceStatus;
  /** The files sent for it through this link, newest first. */
  readonly documents: readonly PortalDocument[];
}

/**
 * Everything the client's page shows behind an upload link — and nothing else about the
 * dossier: no address, no other document, no internal id but the pieces'.
 */
export interface PortalView {
  /** The brokerage's name (may be empty). */
  readonly cabinetName: string;
  /** The client's first name, for the greeting (may be empty). */
  readonly clientFirstName: string;
  /** When the link stops working (ISO timestamp). */
  readonly expiresAt: string;
  /** Files the link still takes; `null`: no limit. */
  readonly filesLeft: number | null;
  readonly pieces: readonly PortalPiece[];
}

/** Options of a portal upload. */
export interface PortalUploadOptions {
  /** Told of the bytes sent so far, for a progress bar. */
  onProgress?: (sent: number, total: number) => void;
  /** Stops the upload; what was sent may be resumed later where the transport can. */
  signal?: AbortSignal;
}

/**
 * What `<dossier-portal>` talks to: one link's view and uploads. `@dossier/storage-rest`'s
 * `createRestPortal` implements it over HTTP (resumable uploads); a test may implement it in a
 * few lines. Failures are `DossierError`s.
 */
export interface PortalConnection {
  /** The link's view as it is now. */
  view(): Promise<PortalView>;
  /** Sends one file for one requested piece; resolves once the server accepted it as a document. */
  upload(pieceId: string, file: File | { blob: Blob; name: string }, options?: PortalUploadOptions): Promise<PortalDocument>;
}
