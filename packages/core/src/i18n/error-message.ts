import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import type { DossierErrorDetails } from '../errors/dossier-error.js';
import { errorMessagesEn } from './error-messages-en.js';
import { errorMessagesFr } from './error-messages-fr.js';
import type { Locale } from './locale.js';

/** The message of an error code in a locale. */
export function errorMessage(code: DossierErrorCode, details: DossierErrorDetails, locale: Locale): string {
  return (locale === 'en' ? errorMessagesEn : errorMessagesFr)[code](details);
}
