import { createMemoryStorage, type StoragePort } from '@dossier/core';

/**
 * A storage that never answers: every read and commit stays pending, so elements stay in their
 * loading state for as long as the story is open.
 */
export function createPendingStorage(): StoragePort {
  const never = <T>(): Promise<T> => new Promise<T>(() => {});
  return {
    capabilities: createMemoryStorage().capabilities,
    get: () => never(),
    getMany: () => never(),
    listRiskTypes: () => never(),
    listChildren: () => never(),
    getBlob: () => never(),
    queryAudit: () => never(),
    commit: () => never(),
    subscribe: () => () => {},
    close: () => Promise.resolve(),
  };
}
