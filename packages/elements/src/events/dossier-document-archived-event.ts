import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-archived`: a document was marked as filed in the host's document management. */
export interface DossierDocumentArchivedDetail {
  readonly dossierId: string;
  /** The document as stored after the change (state `archived`). */
  readonly document: CollectedDocument;
}

/** The `dossier-document-archived` event: a document was archived. */
export type DossierDocumentArchivedEvent = CustomEvent<DossierDocumentArchivedDetail>;
