import type { ExpectedPieceInput } from '@dossier/core';

/**
 * Detail of `dossier-piece-add-request`: an expected piece is about to be added.
 * Cancelable: `preventDefault()` adds nothing. `input` is the very object
 * passed to `client.pieces.add`, so a listener may complete it (e.g. set a
 * default `accept` list) before the piece is added.
 */
export interface DossierPieceAddRequestDetail {
  readonly riskTypeId: string;
  readonly input: ExpectedPieceInput;
}

/** The `dossier-piece-add-request` event: an expected piece is about to be added; cancel to add nothing. */
export type DossierPieceAddRequestEvent = CustomEvent<DossierPieceAddRequestDetail>;
