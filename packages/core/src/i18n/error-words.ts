import type { DossierErrorDetails } from '../errors/dossier-error-details.js';

/** What an error message builder may ask for in its own language, so that translations only write sentences. */
export interface ErrorWords {
  /** A reason (core's, a plain text or a text per locale) in this language. */
  reason(reason: NonNullable<DossierErrorDetails['reason']>): string;
  /** A byte count: "1,5 Mo". */
  bytes(bytes: number): string;
  /** A kind of file in words: "document PDF"; the media type itself when it has no name. */
  mediaType(mediaType: string): string;
  /** An `accept` list in words, each kind once: "document PDF, images". */
  acceptList(accept: readonly string[]): string;
}
