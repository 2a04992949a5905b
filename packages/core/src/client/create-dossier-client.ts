import { DEFAULT_MAX_BYTES } from '../files/default-max-bytes.js';
import { DossierError } from '../errors/dossier-error.js';
import { loadCoreLocale } from '../i18n/core-locale-registry.js';
import { LOCALES } from '../i18n/locale.js';
import { toLocale } from '../i18n/to-locale.js';
import { requireText } from '../validation/require-text.js';
import { createAuditApiOnDemand } from './audit-api-on-demand.js';
import { createSummariesApi } from './summaries-api.js';
import { createClientContext } from './client-context.js';
import { createDocumentsApiOnDemand } from './documents-api-on-demand.js';
import type { DossierClient, DossierClientListener, DossierClientOptions } from './dossier-client.js';
import { loadDossierState, summaryOperations } from './dossier-state.js';
import { createDossiersApiOnDemand } from './dossiers-api-on-demand.js';
import { createPiecesApiOnDemand } from './pieces-api-on-demand.js';
import { createReminderPoliciesApiOnDemand } from './reminder-policies-api-on-demand.js';
import { createRemindersApiOnDemand } from './reminders-api-on-demand.js';
import { createRiskTypesApi } from './risk-types-api.js';
import { createPortalApiOnDemand } from './portal-api-on-demand.js';
import { createUploadLinksApiOnDemand } from './upload-links-api-on-demand.js';

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
  checkClientOptions(options);
  const locale = toLocale(options.locale);
  const context = createClientContext({
    storage: options.storage,
    locale,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
    defaultMaxBytes: options.defaultMaxBytes ?? DEFAULT_MAX_BYTES,
    reminderTemplates: options.reminderTemplates ?? {},
    cabinetName: options.cabinetName ?? '',
    portalUrl: options.portalUrl,
    localeReady: loadCoreLocale(locale),
  });
  const listeners = new Set<DossierClientListener>();
  let unsubscribeStorage: (() => void) | undefined;

  return {
    locale,
    capabilities: options.storage.capabilities,
    riskTypes: createRiskTypesApi(context),
    // Reads with the page; writes, and the parts below, loaded on their first call: a page of badges never needs them.
    pieces: createPiecesApiOnDemand(context),
    dossiers: createDossiersApiOnDemand(context),
    documents: createDocumentsApiOnDemand(context),
    completeness: (dossierId) =>
      context.run(
        async () => summaryOperations(context, await loadDossierState(context, requireText(dossierId, 'dossierId', locale))).completeness,
      ),
    summaries: createSummariesApi(context),
    audit: createAuditApiOnDemand(context),
    reminders: createRemindersApiOnDemand(context),
    uploadLinks: createUploadLinksApiOnDemand(context),
    portal: createPortalApiOnDemand(context),
    reminderPolicies: createReminderPoliciesApiOnDemand(context),
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

/** Throws `invalid-input` naming the first malformed option, before anything is created. */
function checkClientOptions(options: DossierClientOptions): void {
  const raw = options as unknown as Record<string, unknown> | null;
  const locale = raw && typeof raw === 'object' && typeof raw['locale'] === 'string' ? toLocale(raw['locale']) : 'fr';
  const fail = (field: string, reason: string): never => {
    throw new DossierError('invalid-input', { field, reason }, { locale });
  };
  if (!raw || typeof raw !== 'object') return fail('options', 'an object');
  const storage = raw['storage'] as Record<string, unknown> | null | undefined;
  if (!storage || typeof storage !== 'object' || typeof storage['commit'] !== 'function') fail('storage', 'a StoragePort');
  if (raw['locale'] !== undefined && typeof raw['locale'] !== 'string') fail('locale', `a language tag (${LOCALES.join(', ')}…)`);
  for (const field of ['now', 'newId', 'portalUrl'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'function') fail(field, 'a function');
  }
  const maxBytes = raw['defaultMaxBytes'];
  if (maxBytes !== undefined && (typeof maxBytes !== 'number' || !Number.isInteger(maxBytes) || maxBytes < 1))
    fail('defaultMaxBytes', 'a whole number of bytes ≥ 1');
  if (raw['cabinetName'] !== undefined && typeof raw['cabinetName'] !== 'string') fail('cabinetName', 'a text');
  const templates = raw['reminderTemplates'];
  if (templates !== undefined && (templates === null || typeof templates !== 'object')) fail('reminderTemplates', 'an object per locale');
}
