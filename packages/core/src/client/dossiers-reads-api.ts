import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';

/**
 * What `client.dossiers` reads (`get`): here with the page, while the lifecycle's writes load on
 * their first call. Internal.
 */
export function createDossiersReadsApi(context: ClientContext): Pick<DossierClient['dossiers'], 'get'> {
  return {
    get: (id) =>
      context.run(async () => {
        const key = requireText(id, 'id', context.locale);
        const found = await context.storage.get('dossier', key);
        if (!found) throw context.notFound('dossier', key);
        return found;
      }),
  };
}
