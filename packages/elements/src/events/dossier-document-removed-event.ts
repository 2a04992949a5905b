import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-removed`: a document and its bytes were removed from a dossier. */
export interface DossierDocumentRemovedDetail {
  readonly dossierId: string;
  /** The document as it was before removal. */
  readonly document: CollectedDocument;
}

declare global {
  interface HTMLElementEventMap {
    /** A document was removed from a dossier. */
    'dossier-document-removed': CustomEvent<DossierDocumentRemovedDetail>;
  }
}
