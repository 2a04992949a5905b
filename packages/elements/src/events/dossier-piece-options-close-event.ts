import type { ExpectedPiece } from '@dossier/core';

/** How the person left a piece's options panel. */
export type PieceOptionsOutcome = 'cancelled' | 'unchanged' | 'saved';

/** Detail of `dossier-piece-options-close`: the person is done with a piece's options panel. */
export interface DossierPieceOptionsCloseDetail {
  /** The piece, as stored after the save when `outcome` is `saved`. */
  readonly piece: ExpectedPiece;
  /** `cancelled` ("Annuler"), `unchanged` ("Enregistrer" with nothing changed) or `saved`. */
  readonly outcome: PieceOptionsOutcome;
}

/** The `dossier-piece-options-close` event: the options panel of a piece may be closed. */
export type DossierPieceOptionsCloseEvent = CustomEvent<DossierPieceOptionsCloseDetail>;
