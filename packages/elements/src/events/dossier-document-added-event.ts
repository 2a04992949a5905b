import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-added`: a file passed validation and is stored. */
export interface DossierDocumentAddedDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
}

declare global {
  interface HTMLElementEventMap {
    /** A document was stored in a dossier. */
    'dossier-document-added': CustomEvent<DossierDocumentAddedDetail>;
  }
}
