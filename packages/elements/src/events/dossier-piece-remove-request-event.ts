import type { ExpectedPiece } from '@dossier/core';

/**
 * Detail of `dossier-piece-remove-request`: the person confirmed the removal of
 * an expected piece. Cancelable: `preventDefault()` keeps the piece.
 */
export interface DossierPieceRemoveRequestDetail {
  readonly piece: ExpectedPiece;
}

/** The `dossier-piece-remove-request` event: an expected piece is about to be removed; cancel to keep it. */
export type DossierPieceRemoveRequestEvent = CustomEvent<DossierPieceRemoveRequestDetail>;
