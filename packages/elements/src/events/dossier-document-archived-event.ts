import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-archived`: a document was marked as filed in the host's document management. */
export interface DossierDocumentArchivedDetail {
  readonly dossierId: string;
  /** The document as stored after the change (state `archived`). */
  readonly document: CollectedDocument;
}

declare global {
  interface HTMLElementEventMap {
    /** A document was archived. */
    'dossier-document-archived': CustomEvent<DossierDocumentArchivedDetail>;
  }
}
