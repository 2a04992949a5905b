import type { Locale } from '../i18n/locale.js';
import { DossierError, isDossierError } from './dossier-error.js';

/** Names of errors that say the stored value or key itself was wrong, not the storage. */
const INPUT_ERROR_NAMES = new Set(['DataCloneError', 'DataError']);

/**
 * Anything a storage, a transport or a browser API throws, as a `DossierError`
 * — the one mapping every adapter and the client use:
 *
 * - a DossierError passes through (localized when `locale` is given);
 * - `QuotaExceededError`, wherever it sits in a wrapper (Dexie's `inner`,
 *   a `BulkError`'s `failures`, a `cause`), gives `quota-exceeded`;
 * - a value that cannot be cloned or a bad key (`DataCloneError`,
 *   `DataError`) gives `invalid-input`;
 * - anything else gives `storage-unavailable`, naming what was thrown.
 *
 * The original is kept as `cause`. Realm-independent: errors from another
 * frame are recognised by name, not by `instanceof`.
 */
export function toDossierError(error: unknown, locale?: Locale): DossierError {
  if (isDossierError(error)) return locale ? error.localize(locale) : error;
  const options = { cause: error, ...(locale ? { locale } : {}) };
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new DossierError('quota-exceeded', {}, options);
  const inputError = names.find((name) => INPUT_ERROR_NAMES.has(name));
  if (inputError) return new DossierError('invalid-input', { reason: inputError }, options);
  return new DossierError('storage-unavailable', { reason: describe(error, names) }, options);
}

/** "Name: message" of what was thrown, for the error's reason. */
function describe(error: unknown, names: readonly string[]): string {
  const message =
    error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : undefined;
  if (names[0] && message) return `${names[0]}: ${message}`;
  return names[0] ?? message ?? String(error);
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
