import type { CollectedDocument } from '@dossier/core';

/**
 * Detail of `dossier-document-remove-request`: a person confirmed the removal of a document.
 * Cancelable: `preventDefault()` keeps the document (nothing is removed).
 */
export interface DossierDocumentRemoveRequestDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
}

/** The `dossier-document-remove-request` event: a document is about to be removed; cancel to keep it. */
export type DossierDocumentRemoveRequestEvent = CustomEvent<DossierDocumentRemoveRequestDetail>;
