import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-added`: an expected piece was added to a risk type. */
export interface DossierPieceAddedDetail {
  readonly piece: ExpectedPiece;
}

declare global {
  interface HTMLElementEventMap {
    /** An expected piece was added. */
    'dossier-piece-added': CustomEvent<DossierPieceAddedDetail>;
  }
}
