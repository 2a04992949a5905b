import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import type { ExpectedPiece } from '../model/expected-piece.js';

/** Everything `computeCompleteness` looks at; nothing else influences the result. */
export interface CompletenessInput {
  readonly dossier: Pick<Dossier, 'id' | 'phase' | 'client' | 'waivers'>;
  /** The expected pieces of the dossier's risk type, in any order. */
  readonly pieces: readonly ExpectedPiece[];
  /** The dossier's documents; documents of other dossiers are ignored. */
  readonly documents: readonly CollectedDocument[];
  /** The moment validity is judged at. */
  readonly now: Date;
}
