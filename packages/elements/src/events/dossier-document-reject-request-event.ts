import type { CollectedDocument, DocumentRejection } from '@dossier/core';

/**
 * Detail of `dossier-document-reject-request`: a broker confirmed "Refuser" for a document
 * waiting for review, with a reason. Cancelable: `preventDefault()` leaves it waiting.
 */
export interface DossierDocumentRejectRequestDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
  readonly rejection: DocumentRejection;
}

/** The `dossier-document-reject-request` event: a document is about to be refused; cancel to leave it waiting. */
export type DossierDocumentRejectRequestEvent = CustomEvent<DossierDocumentRejectRequestDetail>;
