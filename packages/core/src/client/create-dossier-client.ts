import { DEFAULT_MAX_BYTES } from '../files/default-max-bytes.js';
import { DossierError } from '../errors/dossier-error.js';
import { toLocale } from '../i18n/locale.js';
import { requireText } from '../validation/require-text.js';
import { createAuditApi } from './audit-api.js';
import { createClientContext } from './client-context.js';
import { createDocumentsApi } from './documents-api.js';
import type { DossierClient, DossierClientListener, DossierClientOptions } from './dossier-client.js';
import { loadDossierState, summaryOperation } from './dossier-state.js';
import { createDossiersApi } from './dossiers-api.js';
import { createPiecesApi } from './pieces-api.js';
import { createRemindersApi } from './reminders-api.js';
import { createRiskTypesApi } from './risk-types-api.js';

/**
 * The client a host creates once and hands to the elements.
 *
 * @example
 * const client = createDossierClient({ storage: createMemoryStorage() });
 * await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
 * await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
 * await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
 * (await client.completeness('P-1')).requiredMissing; // 1
 */
export function createDossierClient(options: DossierClientOptions): DossierClient {
  if (!options || typeof options !== 'object' || !options.storage || typeof options.storage.commit !== 'function') {
    throw new DossierError('invalid-input', { field: 'storage' }, { locale: toLocale(options?.locale) });
  }
  const locale = toLocale(options.locale);
  const context = createClientContext({
    storage: options.storage,
    locale,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
    defaultMaxBytes: options.defaultMaxBytes ?? DEFAULT_MAX_BYTES,
    reminderTemplates: options.reminderTemplates ?? {},
  });
  const listeners = new Set<DossierClientListener>();
  let unsubscribeStorage: (() => void) | undefined;

  return {
    locale,
    capabilities: options.storage.capabilities,
    riskTypes: createRiskTypesApi(context),
    pieces: createPiecesApi(context),
    dossiers: createDossiersApi(context),
    documents: createDocumentsApi(context),
    completeness: (dossierId) =>
      context.run(async () => summaryOperation(context, await loadDossierState(context, requireText(dossierId, 'dossierId', locale))).completeness),
    audit: createAuditApi(context),
    reminders: createRemindersApi(context),
    subscribe(listener) {
      if (typeof listener !== 'function') throw context.fail('invalid-input', { field: 'listener' });
      listeners.add(listener);
      // One storage subscription shared by every listener, dropped with the last one.
      unsubscribeStorage ??= options.storage.subscribe((change) => {
        const event = { dossierIds: change.dossierIds, riskTypeIds: change.riskTypeIds, origin: change.origin };
        for (const l of [...listeners]) l(event);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribeStorage) {
          unsubscribeStorage();
          unsubscribeStorage = undefined;
        }
      };
    },
    close: () => context.run(() => options.storage.close()),
  };
}
