import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-removed`: a document and its bytes were removed from a dossier. */
export interface DossierDocumentRemovedDetail {
  readonly dossierId: string;
  /** The document as it was before removal. */
  readonly document: CollectedDocument;
}

/** The `dossier-document-removed` event: a document was removed from a dossier. */
export type DossierDocumentRemovedEvent = CustomEvent<DossierDocumentRemovedDetail>;
