/** Where a document stands in the broker's review. */
export type DocumentReviewStatus = 'pending' | 'accepted' | 'rejected';

/**
 * Why a broker refused a document: the common reasons, named in every locale, or `other` with
 * the broker's own words in `note`.
 */
export type RejectionReason = 'illegible' | 'expired' | 'wrong-document' | 'incomplete' | 'other';

// A Record, so that a reason added to `RejectionReason` fails to compile here until it is listed.
const REASON_SET: Readonly<Record<RejectionReason, true>> = {
  illegible: true,
  expired: true,
  'wrong-document': true,
  incomplete: true,
  other: true,
};

/** Every rejection reason, the common ones first and `other` last, as a picker lists them. */
export const REJECTION_REASONS: readonly RejectionReason[] = Object.keys(REASON_SET) as RejectionReason[];

/**
 * A person's review of a document. A document without one needs none (the broker dropped it
 * himself, on a piece that does not ask for review); one `pending` does not count for its piece
 * until it is `accepted`; a `rejected` one never counts, and stays in the piece's history with
 * its reason.
 */
export interface DocumentReview {
  readonly status: DocumentReviewStatus;
  /** Why it was refused; `null` unless `rejected`. */
  readonly reason: RejectionReason | null;
  /** The broker's words to the client, shown as text: required with `other`, optional otherwise. */
  readonly note: string | null;
  /** When it was accepted or refused (ISO timestamp); `null` while pending. */
  readonly reviewedAt: string | null;
}
