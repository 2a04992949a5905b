import { DossierError, isDossierError } from '@dossier/core';

/**
 * Turns anything IndexedDB throws into a DossierError: a full disk becomes
 * `quota-exceeded`, everything else `storage-unavailable` (the original kept as
 * `cause`). DossierErrors pass through unchanged.
 */
export function toStorageError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : undefined;
  if (name === 'QuotaExceededError') return new DossierError('quota-exceeded', {}, { cause: error });
  const reason = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return new DossierError('storage-unavailable', { reason }, { cause: error });
}
