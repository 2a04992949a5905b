import type { CollectedDocument } from '@dossier/core';

/**
 * Detail of `dossier-document-remove-request`: a person confirmed the removal of a document.
 * Cancelable: `preventDefault()` keeps the document (nothing is removed).
 */
export interface DossierDocumentRemoveRequestDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
}

declare global {
  interface HTMLElementEventMap {
    /** A document is about to be removed; cancel to keep it. */
    'dossier-document-remove-request': CustomEvent<DossierDocumentRemoveRequestDetail>;
  }
}
