import type { ExpectedPiece } from './expected-piece.js';

/**
 * The order of a risk type's pieces: by `order`, then by id (code-unit order,
 * the same on every runtime and locale) so that equal orders still sort the
 * same way everywhere.
 */
export function comparePieces(a: Pick<ExpectedPiece, 'order' | 'id'>, b: Pick<ExpectedPiece, 'order' | 'id'>): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
