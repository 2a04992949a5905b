import { createDossierClient, createMemoryStorage, DossierError, toLocale, type DossierClient, type StoragePort } from '@dossier/core';
import { createDexieStorage } from '@dossier/storage-dexie';
import { createRestStorage } from '@dossier/storage-rest';

/**
 * The client a `<dossier-provider>` of a script-tag page declares with attributes, for hosts that
 * cannot run code of their own before the elements (a strict CSP with no inline script, a CRM's
 * static-resource page):
 *
 * - `storage="indexeddb"` (optional `database="name"`, default `dossier`): Dexie in this browser;
 * - `storage="rest" base-url="/api/dossier"`: the host's backend (same-origin cookies for auth);
 * - `storage="memory"`: nothing kept, for demonstrations.
 *
 * `undefined` when the provider declares no storage (the host sets `.client` itself).
 */
export function declaredClient(provider: HTMLElement): DossierClient | undefined {
  const kind = provider.getAttribute('storage');
  if (kind === null) return undefined;
  const locale = toLocale(provider.getAttribute('locale') ?? 'fr');
  return createDossierClient({ storage: declaredStorage(kind, provider), locale });
}

function declaredStorage(kind: string, provider: HTMLElement): StoragePort {
  switch (kind) {
    case 'indexeddb':
      return createDexieStorage({ name: provider.getAttribute('database') || 'dossier' });
    case 'rest': {
      const baseUrl = provider.getAttribute('base-url');
      if (!baseUrl) throw new DossierError('invalid-input', { field: 'base-url', reason: 'storage="rest" needs base-url="…"' });
      return createRestStorage({ baseUrl });
    }
    case 'memory':
      return createMemoryStorage();
    default:
      throw new DossierError('invalid-input', { field: 'storage', reason: `"${kind}": use indexeddb, rest or memory` });
  }
}
