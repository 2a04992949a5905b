import type { ExpectedPiece } from '@dossier/core';

/** Detail of `dossier-piece-updated`: an expected piece was renamed or its options saved. */
export interface DossierPieceUpdatedDetail {
  /** The piece as stored after the change. */
  readonly piece: ExpectedPiece;
}

declare global {
  interface HTMLElementEventMap {
    /** An expected piece was renamed or its options were saved. */
    'dossier-piece-updated': CustomEvent<DossierPieceUpdatedDetail>;
  }
}
