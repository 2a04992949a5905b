import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-pieces-reordered`: the expected pieces of a risk type got a new order. */
export interface DossierPiecesReorderedDetail {
  readonly riskTypeId: string;
  /** The pieces in their new order. */
  readonly pieces: readonly ExpectedPiece[];
}

declare global {
  interface HTMLElementEventMap {
    /** The expected pieces of a risk type were reordered. */
    'dossier-pieces-reordered': CustomEvent<DossierPiecesReorderedDetail>;
  }
}
