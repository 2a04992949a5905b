import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-removed`: an expected piece was removed (its documents stay, unclassified). */
export interface DossierPieceRemovedDetail {
  /** The piece as it was before removal. */
  readonly piece: ExpectedPiece;
}

declare global {
  interface HTMLElementEventMap {
    /** An expected piece was removed. */
    'dossier-piece-removed': CustomEvent<DossierPieceRemovedDetail>;
  }
}
