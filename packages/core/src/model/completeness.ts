/** Status of one expected piece in one dossier. */
export type PieceStatusValue = 'missing' | 'expired' | 'obtained' | 'archived' | 'waived';

/** Why a piece is or is not required for this client. */
export type RequiredReason = 'mandatory' | 'optional' | 'rule-matched' | 'rule-not-matched';

/** Status of one expected piece in one dossier. */
export interface PieceStatus {
  readonly pieceId: string;
  readonly label: string;
  readonly status: PieceStatusValue;
  readonly required: boolean;
  readonly requiredReason: RequiredReason;
  /** Documents classified to this piece, newest first. */
  readonly documentIds: readonly string[];
  /** ISO timestamp when the document that satisfies this piece expires, if it does. */
  readonly expiresAt: string | null;
}

/** Derived state of a dossier's file. Never stored by hand. */
export interface Completeness {
  readonly dossierId: string;
  readonly pieces: readonly PieceStatus[];
  /** The badge number: required pieces missing or expired. */
  readonly requiredMissing: number;
  /** Pieces whose documents are obtained but not yet archived. */
  readonly toArchive: number;
  /** Documents not classified to any piece. */
  readonly unclassified: number;
  /** Ids of required pieces missing or expired, in piece order. */
  readonly missingPieceIds: readonly string[];
  /** No required piece is missing or expired. */
  readonly complete: boolean;
  /** The dossier may be archived: every required piece is obtained, archived or waived. */
  readonly archivable: boolean;
  /** Earliest moment a currently valid document expires (completeness may change then). */
  readonly staleAt: string | null;
}
