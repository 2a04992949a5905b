import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import type { DossierErrorDetails } from '../errors/dossier-error.js';

/** Builds the message of one error code from its details. */
type ErrorMessageBuilder = (details: DossierErrorDetails) => string;

/** Messages of every error code in one locale. */
export type ErrorMessages = Readonly<Record<DossierErrorCode, ErrorMessageBuilder>>;
