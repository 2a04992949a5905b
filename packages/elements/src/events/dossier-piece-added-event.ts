import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-added`: an expected piece was added to a risk type. */
export interface DossierPieceAddedDetail {
  readonly piece: ExpectedPiece;
}

/** The `dossier-piece-added` event: an expected piece was added. */
export type DossierPieceAddedEvent = CustomEvent<DossierPieceAddedDetail>;
