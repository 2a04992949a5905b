import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-updated`: an expected piece was renamed or its options saved. */
export interface DossierPieceUpdatedDetail {
  /** The piece as stored after the change. */
  readonly piece: ExpectedPiece;
}

/** The `dossier-piece-updated` event: an expected piece was renamed or its options were saved. */
export type DossierPieceUpdatedEvent = CustomEvent<DossierPieceUpdatedDetail>;
