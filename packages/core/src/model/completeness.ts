/**
 * Status of one expected piece in one dossier. `pending-review`: a document arrived (from the
 * client's portal, typically) and waits for the broker to accept it; it does not count as
 * obtained yet.
 */
export type PieceStatusValue = 'missing' | 'expired' | 'pending-review' | 'obtained' | 'archived' | 'waived';

/**
 * One stretch of a piece's status over time: the status holds until `until`
 * (exclusive, ISO timestamp), or for ever when `until` is `null`.
 */
export interface PieceStatusStep {
  readonly status: PieceStatusValue;
  readonly until: string | null;
}

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
  /**
   * The piece's status at any moment with today's records, as steps in time
   * order: the status at `t` is that of the first step whose `until` is later
   * than `t` (or `null`). Documents only ever expire, so the steps run from
   * `archived` to `obtained` to `pending-review`, then `waived`, `expired` or `missing`.
   */
  readonly timeline: readonly PieceStatusStep[];
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
  /** Documents waiting for the broker's review ("2 à vérifier"), whatever their piece. */
  readonly toReview: number;
  /** Ids of required pieces missing or expired, in piece order. */
  readonly missingPieceIds: readonly string[];
  /** Ids of required pieces whose only valid documents wait for review, in piece order. */
  readonly pendingReviewPieceIds: readonly string[];
  /** No required piece is missing, expired or waiting for review. */
  readonly complete: boolean;
  /** The dossier may be archived: a contract whose every required piece is obtained, archived or waived. */
  readonly archivable: boolean;
  /** Earliest moment a currently valid document expires (completeness may change then). */
  readonly staleAt: string | null;
  /** Latest moment, not after `now`, a document expired (completeness may have been different before). */
  readonly validFrom: string | null;
}
