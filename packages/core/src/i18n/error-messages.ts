import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import type { DossierErrorDetails } from '../errors/dossier-error-details.js';
import type { ErrorWords } from './error-words.js';

/** Builds the message of one error code from its details, with the words of its language. */
export type ErrorMessageBuilder = (details: DossierErrorDetails, words: ErrorWords) => string;

/** Messages of every error code in one locale. */
export type ErrorMessages = Readonly<Record<DossierErrorCode, ErrorMessageBuilder>>;
