import { DOSSIER_ERROR_CODES, DossierError, type DossierErrorCode, type Locale } from '@dossier/core';
import type { ProblemDetails } from './wire/problem-details.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(DOSSIER_ERROR_CODES);

/**
 * The DossierError for an HTTP error answer. The status decides:
 * 404 → `not-found`, 409 → `conflict`, 413 → `file-too-large`,
 * 507 → `quota-exceeded`, other 5xx, 408 and 429 → `storage-unavailable`;
 * 400 and 422 → the problem's `code` when it is a DossierError code, else
 * `invalid-input`. Any other status (401, 403…) → the problem's known code,
 * else `storage-unavailable`: nothing was stored and the host must act.
 *
 * @param problem the parsed `application/problem+json` body, if there was one.
 */
export function httpErrorToDossierError(status: number, problem?: ProblemDetails, locale?: Locale): DossierError {
  const known = problem?.code !== undefined && KNOWN_CODES.has(problem.code) ? (problem.code as DossierErrorCode) : undefined;
  const details = problem?.details ?? {};
  const code = codeOfStatus(status, known);
  const withReason = code === 'storage-unavailable' && details.reason === undefined ? { ...details, reason: `HTTP ${status}` } : details;
  return new DossierError(code, withReason, { locale });
}

function codeOfStatus(status: number, known: DossierErrorCode | undefined): DossierErrorCode {
  switch (status) {
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 413:
      return 'file-too-large';
    case 507:
      return 'quota-exceeded';
    case 400:
    case 422:
      return known ?? 'invalid-input';
    case 408:
    case 429:
      return 'storage-unavailable';
    default:
      return status >= 500 ? 'storage-unavailable' : (known ?? 'storage-unavailable');
  }
}
