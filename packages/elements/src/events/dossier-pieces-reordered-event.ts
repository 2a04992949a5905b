import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-pieces-reordered`: the expected pieces of a risk type got a new order. */
export interface DossierPiecesReorderedDetail {
  readonly riskTypeId: string;
  /** The pieces in their new order. */
  readonly pieces: readonly ExpectedPiece[];
}

/** The `dossier-pieces-reordered` event: the expected pieces of a risk type were reordered. */
export type DossierPiecesReorderedEvent = CustomEvent<DossierPiecesReorderedDetail>;
