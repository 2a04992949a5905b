import { deleteDB } from 'idb';
import { toDossierError } from '@dossier/core/adapter';

/**
 * Deletes a database made by `createIdbStorage` (for tests and "forget this
 * device"). Open instances on it close themselves and report `deleted` through
 * `onVersionChange`, so the deletion is not blocked by this library's own
 * connections.
 *
 * @throws DossierError `storage-unavailable` when IndexedDB refuses.
 */
export async function deleteIdbStorage(name: string): Promise<void> {
  try {
    await deleteDB(name);
  } catch (error) {
    throw toDossierError(error);
  }
}
