/**
 * Which new documents of an expected piece wait for the broker's review before they count:
 * `portal` (the default) those the client sends through an upload link, `always` every one,
 * `never` none.
 */
export type PieceReviewPolicy = 'portal' | 'always' | 'never';

// A Record, so that a policy added to the type fails to compile here until it is listed.
const POLICY_SET: Readonly<Record<PieceReviewPolicy, true>> = { portal: true, always: true, never: true };

/** Every review policy, the default first. */
export const PIECE_REVIEW_POLICIES: readonly PieceReviewPolicy[] = Object.keys(POLICY_SET) as PieceReviewPolicy[];
