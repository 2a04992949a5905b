import { DossierError } from '../errors/dossier-error.js';
import type { ChangeScope } from './storage-change.js';

/**
 * Throws `invalid-input` unless `scope` is a change scope (two lists of
 * string ids). Every adapter calls it before committing, so a malformed scope
 * is refused the same way everywhere, and nothing is written.
 */
export function checkScope(scope: ChangeScope): void {
  const ids = (value: unknown): boolean => Array.isArray(value) && value.every((id) => typeof id === 'string');
  if (!scope || typeof scope !== 'object' || !ids(scope.dossierIds) || !ids(scope.riskTypeIds)) {
    throw new DossierError('invalid-input', { field: 'scope', reason: 'dossierIds and riskTypeIds, lists of ids' });
  }
}
