import { DossierError, createDossierClient, createMemoryStorage, type DossierClient, type Locale, type StoragePort } from '@dossier/core';

/** A storage whose every call answers `answer()`: never (loading) or a rejection (error state). */
function storageAnswering(answer: <T>() => Promise<T>): StoragePort {
  return {
    capabilities: createMemoryStorage().capabilities,
    get: () => answer(),
    getMany: () => answer(),
    listRiskTypes: () => answer(),
    listChildren: () => answer(),
    getBlob: () => answer(),
    queryAudit: () => answer(),
    commit: () => answer(),
    subscribe: () => () => {},
    close: () => Promise.resolve(),
  };
}

/** A client whose storage never answers: elements stay in their loading state. */
export function pendingClient(locale: Locale = 'fr'): DossierClient {
  return createDossierClient({ storage: storageAnswering(() => new Promise(() => {})), locale });
}

/** A client whose storage is down: elements show their error state. */
export function failingClient(locale: Locale = 'fr'): DossierClient {
  return createDossierClient({
    storage: storageAnswering(() =>
      Promise.reject(new DossierError('storage-unavailable', { reason: { fr: 'serveur injoignable', en: 'server unreachable' } })),
    ),
    locale,
  });
}
