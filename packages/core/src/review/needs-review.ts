import type { DocumentOrigin } from '../model/document-origin.js';
import type { ExpectedPiece } from '../model/expected-piece.js';

/**
 * Whether a new document waits for the broker's review before it counts, by its piece's
 * policy (`portal` when unset) and where it came from. An unclassified document from the broker
 * needs none: nothing depends on it yet.
 */
export function needsReview(piece: Pick<ExpectedPiece, 'review'> | null, origin: DocumentOrigin): boolean {
  const policy = piece?.review ?? 'portal';
  if (origin === 'portal') return policy !== 'never';
  return piece !== null && policy === 'always';
}
