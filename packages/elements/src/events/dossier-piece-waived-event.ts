/** Detail of `dossier-piece-waived`: a person waived an expected piece for this dossier, with a reason. */
export interface DossierPieceWaivedDetail {
  readonly dossierId: string;
  readonly pieceId: string;
  /** The reason as stored (trimmed). */
  readonly reason: string;
}

declare global {
  interface HTMLElementEventMap {
    /** An expected piece was waived. */
    'dossier-piece-waived': CustomEvent<DossierPieceWaivedDetail>;
  }
}
