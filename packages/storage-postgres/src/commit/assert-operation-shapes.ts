import { DossierError, isDossierError } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { checkOperations } from '@dossier/core/adapter';

/**
 * Throws `invalid-input` on a malformed commit, before anything (bytes
 * included) is sent anywhere. `checkOperations` checks every shape before any
 * revision, so a `conflict` from it here (against an empty store) means the
 * shapes are fine: revisions are judged later, under the commit's locks.
 */
export function assertOperationShapes(operations: readonly StorageOperation[]): void {
  try {
    checkOperations(
      operations,
      () => undefined,
      () => [],
    );
  } catch (error) {
    if (isDossierError(error, 'conflict')) return;
    throw error;
  }
  if (operations.length > 100_000) throw new DossierError('invalid-input', { field: 'operations', reason: 'at most 100000' });
}
