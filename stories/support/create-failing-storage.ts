import { DossierError, createMemoryStorage, type DossierErrorCode, type StoragePort } from '@dossier/core';

/**
 * A storage whose every read and commit rejects with a `DossierError` (by default
 * `storage-unavailable`, as when the host's backend is down), for the elements' error states.
 */
export function createFailingStorage(code: DossierErrorCode = 'storage-unavailable'): StoragePort {
  const fail = <T>(): Promise<T> => Promise.reject(new DossierError(code, { reason: 'le serveur de documents ne répond pas' }));
  return {
    capabilities: createMemoryStorage().capabilities,
    get: () => fail(),
    getMany: () => fail(),
    listRiskTypes: () => fail(),
    listChildren: () => fail(),
    getBlob: () => fail(),
    queryAudit: () => fail(),
    commit: () => fail(),
    subscribe: () => () => {},
    close: () => Promise.resolve(),
  };
}
