import type { CollectedDocument } from '@dossier/core';

/**
 * Detail of `dossier-document-accept-request`: a broker chose "Accepter" for a document waiting
 * for review. Cancelable: `preventDefault()` leaves it waiting (nothing is stored).
 */
export interface DossierDocumentAcceptRequestDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
}

/** The `dossier-document-accept-request` event: a document is about to be accepted; cancel to leave it waiting. */
export type DossierDocumentAcceptRequestEvent = CustomEvent<DossierDocumentAcceptRequestDetail>;
