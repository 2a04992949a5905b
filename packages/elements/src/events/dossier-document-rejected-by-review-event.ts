import type { CollectedDocument } from '@dossier/core';

/**
 * Detail of `dossier-document-rejected-by-review`: a broker refused a document waiting for
 * review. It stays in its piece's history with its reason (the client sees it on the upload link).
 */
export interface DossierDocumentRejectedByReviewDetail {
  readonly dossierId: string;
  /** The document as stored after the review (`review.status` `rejected`, with its reason). */
  readonly document: CollectedDocument;
}

/** The `dossier-document-rejected-by-review` event: a broker refused a document. */
export type DossierDocumentRejectedByReviewEvent = CustomEvent<DossierDocumentRejectedByReviewDetail>;
