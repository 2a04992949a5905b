/** Detail of `dossier-piece-waived`: a person waived an expected piece for this dossier, with a reason. */
export interface DossierPieceWaivedDetail {
  readonly dossierId: string;
  readonly pieceId: string;
  /** The reason as stored (trimmed). */
  readonly reason: string;
}

/** The `dossier-piece-waived` event: an expected piece was waived. */
export type DossierPieceWaivedEvent = CustomEvent<DossierPieceWaivedDetail>;
