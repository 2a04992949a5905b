import type { CollectedDocument } from '@dossier/core';

/** Detail of `dossier-document-classified`: a document was classified, reclassified or set back to unclassified. */
export interface DossierDocumentClassifiedDetail {
  readonly dossierId: string;
  /** The document as stored after the change. */
  readonly document: CollectedDocument;
  /** The piece it is now classified to, or `null` when it was set back to unclassified. */
  readonly pieceId: string | null;
}

/** The `dossier-document-classified` event: a document was classified to an expected piece (or set back to unclassified). */
export type DossierDocumentClassifiedEvent = CustomEvent<DossierDocumentClassifiedDetail>;
