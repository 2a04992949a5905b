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

/** The `dossier-document-add-request` event: a file is about to be stored; cancel to skip it. */
export type DossierDocumentAddRequestEvent = CustomEvent<DossierDocumentAddRequestDetail>;
