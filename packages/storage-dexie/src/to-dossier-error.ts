import { DossierError, isDossierError } from '@dossier/core';

/** Names of errors that say the stored value or key itself was wrong, not the storage. */
const INPUT_ERROR_NAMES = new Set(['DataCloneError', 'DataError']);

/**
 * Maps anything Dexie or IndexedDB throws to a `DossierError`:
 * `QuotaExceededError`, wherever it sits in Dexie's wrapping (an `AbortError`'s
 * `inner`, a `BulkError`'s `failures`, a `cause`), gives `quota-exceeded`;
 * a value that cannot be cloned or a bad key gives `invalid-input`; anything
 * else `storage-unavailable`, keeping the original as `cause`. DossierErrors
 * (from `checkOperations`, or our own) pass through unchanged.
 */
export function toDossierError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new DossierError('quota-exceeded', {}, { cause: error });
  const inputError = names.find((name) => INPUT_ERROR_NAMES.has(name));
  if (inputError) return new DossierError('invalid-input', { reason: inputError }, { cause: error });
  const name = names[0] ?? 'UnknownError';
  return new DossierError('storage-unavailable', { reason: name }, { cause: error });
}

/** Names of `error` and of every error nested in it, outermost first. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 8) return;
    seen.add(value);
    const candidate = value as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
    if (typeof candidate.name === 'string') names.push(candidate.name);
    visit(candidate.inner, depth + 1);
    visit(candidate.cause, depth + 1);
    if (Array.isArray(candidate.failures)) for (const failure of candidate.failures) visit(failure, depth + 1);
    if (candidate.failuresByPos && typeof candidate.failuresByPos === 'object') {
      for (const failure of Object.values(candidate.failuresByPos)) visit(failure, depth + 1);
    }
  };
  visit(error, 0);
  return names;
}
