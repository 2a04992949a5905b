import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-added`: a file passed validation and is stored. */
export interface DossierDocumentAddedDetail {
  readonly dossierId: string;
  readonly document: CollectedDocument;
}

/** The `dossier-document-added` event: a document was stored in a dossier. */
export type DossierDocumentAddedEvent = CustomEvent<DossierDocumentAddedDetail>;
