import { DossierError, isDossierError } from '@dossier/core';

/** SQLSTATEs that mean "a concurrent commit won": the client retries. */
const CONFLICT_STATES = new Set(['40001', '40P01', '23505']);
/** SQLSTATEs that mean the input itself cannot be stored (bad text, bad number). */
const INPUT_STATES = new Set(['22021', '22P05', '22P02', '22003', '22007', '22008', '54000']);
/** SQLSTATEs that mean the server is out of room. */
const QUOTA_STATES = new Set(['53100', '53200']);

/**
 * Maps anything PostgreSQL, PGlite or a blob store throws to a `DossierError`:
 * serialization failures, deadlocks and unique violations give `conflict`
 * (never seen in normal operation: commits lock in a fixed order); bad text or
 * numbers `invalid-input`; disk full `quota-exceeded`; anything else
 * (connection refused, server gone) `storage-unavailable`, without the
 * server's message in the details (it may name tables or values), the
 * original kept as `cause`. DossierErrors pass through unchanged.
 */
export function toDossierError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (CONFLICT_STATES.has(code)) return new DossierError('conflict', { reason: `SQLSTATE ${code}` }, { cause: error });
    if (INPUT_STATES.has(code)) return new DossierError('invalid-input', { reason: `SQLSTATE ${code}` }, { cause: error });
    if (QUOTA_STATES.has(code)) return new DossierError('quota-exceeded', {}, { cause: error });
    if (/^[0-9A-Z]{5}$/.test(code)) return new DossierError('storage-unavailable', { reason: `SQLSTATE ${code}` }, { cause: error });
    if (code === 'ENOSPC' || code === 'EDQUOT') return new DossierError('quota-exceeded', {}, { cause: error });
    return new DossierError('storage-unavailable', { reason: code.slice(0, 40) }, { cause: error });
  }
  return new DossierError('storage-unavailable', { reason: 'database error' }, { cause: error });
}
