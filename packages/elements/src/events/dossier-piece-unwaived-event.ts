/** Detail of `dossier-piece-unwaived`: a waiver was taken back; the piece is expected again. */
export interface DossierPieceUnwaivedDetail {
  readonly dossierId: string;
  readonly pieceId: string;
}

declare global {
  interface HTMLElementEventMap {
    /** A waiver was taken back. */
    'dossier-piece-unwaived': CustomEvent<DossierPieceUnwaivedDetail>;
  }
}
