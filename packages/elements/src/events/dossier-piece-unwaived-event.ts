/** Detail of `dossier-piece-unwaived`: a waiver was taken back; the piece is expected again. */
export interface DossierPieceUnwaivedDetail {
  readonly dossierId: string;
  readonly pieceId: string;
}

/** The `dossier-piece-unwaived` event: a waiver was taken back. */
export type DossierPieceUnwaivedEvent = CustomEvent<DossierPieceUnwaivedDetail>;
