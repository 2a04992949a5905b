import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-accepted`: a document waiting for review was accepted and counts for its piece. */
export interface DossierDocumentAcceptedDetail {
  readonly dossierId: string;
  /** The document as stored after the review (`review.status` `accepted`). */
  readonly document: CollectedDocument;
}

/** The `dossier-document-accepted` event: a broker accepted a document. */
export type DossierDocumentAcceptedEvent = CustomEvent<DossierDocumentAcceptedDetail>;
