/**
 * Detail of `dossier-document-add-request`: a file is about to be stored.
 * Cancelable: `preventDefault()` skips this file (it is listed as ignored, nothing is stored).
 */
export interface DossierDocumentAddRequestDetail {
  readonly dossierId: string;
  /** The piece the file will be classified to, or `null` to leave it unclassified. */
  readonly pieceId: string | null;
  readonly file: File;
}

declare global {
  interface HTMLElementEventMap {
    /** A file is about to be stored; cancel to skip it. */
    'dossier-document-add-request': CustomEvent<DossierDocumentAddRequestDetail>;
  }
}
