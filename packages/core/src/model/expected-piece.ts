import type { PieceReviewPolicy } from './piece-review-policy.js';
import type { Requirement } from './requirement.js';

/** A document required for a RiskType. */
export interface ExpectedPiece {
  readonly id: string;
  readonly riskTypeId: string;
  /** Display label, e.g. "Permis de conduire". */
  readonly label: string;
  /** What the client must provide, shown in reminders. */
  readonly instructions?: string;
  readonly requirement: Requirement;
  /** Accepted media types (e.g. `application/pdf`, `image/*`); empty = every recognised kind. */
  readonly accept: readonly string[];
  /** Size limit in bytes; absent = the client's default limit. */
  readonly maxBytes?: number;
  /** A document older than this many days (from its `issuedOn`) is `expired`. */
  readonly validityDays?: number;
  /** Which new documents wait for the broker's review; absent: `portal` (the client's uploads only). */
  readonly review?: PieceReviewPolicy;
  /** Position in the risk type's list, 0-based. */
  readonly order: number;
  readonly revision: number;
}

/** What a host gives to create an expected piece. */
export interface ExpectedPieceInput {
  label: string;
  instructions?: string;
  requirement?: Requirement;
  accept?: readonly string[];
  maxBytes?: number;
  validityDays?: number;
  review?: PieceReviewPolicy;
}

/** The fields of an expected piece a host may change. `null` clears an optional field. */
export interface ExpectedPiecePatch {
  label?: string;
  instructions?: string | null;
  requirement?: Requirement;
  accept?: readonly string[];
  maxBytes?: number | null;
  validityDays?: number | null;
  /** `null` goes back to the default, `portal`. */
  review?: PieceReviewPolicy | null;
}
