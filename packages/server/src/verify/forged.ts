import { DossierError } from '@dossier/core';

/**
 * The error of a commit no client following core's rules would send: always
 * `invalid-input`, with what gave it away. The whole commit is refused and
 * nothing is written.
 */
export function forged(reason: string, field?: string): DossierError {
  return new DossierError('invalid-input', { ...(field ? { field } : {}), reason: `forged commit: ${reason}` });
}
