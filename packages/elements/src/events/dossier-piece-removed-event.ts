import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-removed`: an expected piece was removed (its documents stay, unclassified). */
export interface DossierPieceRemovedDetail {
  /** The piece as it was before removal. */
  readonly piece: ExpectedPiece;
}

/** The `dossier-piece-removed` event: an expected piece was removed. */
export type DossierPieceRemovedEvent = CustomEvent<DossierPieceRemovedDetail>;
