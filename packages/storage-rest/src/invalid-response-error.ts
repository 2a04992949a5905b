import { DossierError, type Locale } from '@dossier/core';

/** The error for an answer that does not follow the contract: `storage-unavailable`, reason `invalid response`. */
export function invalidResponseError(locale?: Locale, cause?: unknown): DossierError {
  return new DossierError('storage-unavailable', { reason: 'invalid response' }, { locale, cause });
}
