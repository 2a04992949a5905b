import Dexie from 'dexie';
import { DossierError } from '@dossier/core';
import { toDossierError } from '@dossier/core/adapter';

/**
 * Deletes the database of a Dexie storage (tests, "forget this device").
 * Storages still open on it are told through their `onVersionChange` and close.
 *
 * @throws DossierError `storage-unavailable` when IndexedDB refuses.
 */
export async function deleteDexieStorage(name: string): Promise<void> {
  if (typeof name !== 'string' || name === '') throw new DossierError('invalid-input', { field: 'name' });
  try {
    await Dexie.delete(name);
  } catch (error) {
    throw toDossierError(error);
  }
}
