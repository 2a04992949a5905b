import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import type { DossierErrorDetails } from '../errors/dossier-error-details.js';
import { coreTranslationOf } from './core-locale-registry.js';
import { describeAcceptList, describeMediaType } from './describe-media-type.js';
import { formatBytes } from './format-bytes.js';
import type { Locale } from './locale.js';
import { reasonText } from './reason-text.js';

/** The message of an error code in a locale (French when its translation is not here). */
export function errorMessage(code: DossierErrorCode, details: DossierErrorDetails, locale: Locale): string {
  const translation = coreTranslationOf(locale);
  const language = translation.locale;
  return translation.errors[code](details, {
    reason: (reason) => reasonText(reason, translation),
    bytes: (bytes) => formatBytes(bytes, language),
    mediaType: (mediaType) => describeMediaType(mediaType, language),
    acceptList: (accept) => describeAcceptList(accept, language),
  });
}
