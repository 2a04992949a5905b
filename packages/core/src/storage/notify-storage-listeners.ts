import type { StorageChange, StorageChangeListener } from './storage-change.js';

/**
 * Tells every listener of a change, each with its own copy. A throwing
 * listener neither undoes a commit that landed nor starves the others: its
 * error is rethrown in a microtask, where the host's error reporting sees it.
 */
export function notifyStorageListeners(listeners: Iterable<StorageChangeListener>, change: StorageChange): void {
  for (const listener of [...listeners]) {
    try {
      listener({ dossierIds: [...change.dossierIds], riskTypeIds: [...change.riskTypeIds], origin: change.origin });
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
