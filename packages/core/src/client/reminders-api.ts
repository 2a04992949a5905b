import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { ReminderRecord } from '../model/reminder.js';
import { assertSafeDraft } from '../reminders/assert-safe-draft.js';
import { composeReminder } from '../reminders/compose-reminder.js';
import { reminderTemplatesFor } from '../reminders/default-reminder-templates.js';
import { requireText } from '../validation/require-text.js';
import { isDossierError } from '../errors/dossier-error.js';
import { coreTranslationOf, loadCoreLocale } from '../i18n/core-locale-registry.js';
import { toLocale } from '../i18n/to-locale.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { loadDossierState, summaryOperations } from './dossier-state.js';
import { createReminderScheduleApi } from './reminder-schedule-api.js';

/** `client.reminders`. Internal. */
export function createRemindersApi(context: ClientContext): DossierClient['reminders'] {
  const { storage, locale } = context;
  return {
    compose: (dossierId, options = {}) =>
      context.run(async () => {
        const state = await loadDossierState(context, requireText(dossierId, 'dossierId', locale));
        await decideDossierEventOnDemand(state.dossier, { type: 'remind' }, locale);
        const riskType = await storage.get('riskType', state.dossier.riskTypeId);
        const { completeness } = summaryOperations(context, state);
        const missing = state.pieces.filter((p) => completeness.missingPieceIds.includes(p.id)).sort((a, b) => a.order - b.order);
        // A reminder may be asked in another locale than the client's: its translation may still have to load.
        const draftLocale = await loadCoreLocale(toLocale(options.locale ?? locale));
        const templates = reminderTemplatesFor(draftLocale, context.reminderTemplates);
        const link =
          options.link === true
            ? coreTranslationOf(draftLocale).uploadLinkPlaceholder
            : typeof options.link === 'string'
              ? options.link
              : null;
        return composeReminder(
          {
            clientName: state.dossier.client.name,
            clientEmail: state.dossier.client.email,
            reference: state.dossier.contractId ?? state.dossier.id,
            isContract: state.dossier.contractId !== null,
            riskLabel: riskType?.label ?? state.dossier.riskTypeId,
            pieces: missing.map((p) => (p.instructions ? { label: p.label, instructions: p.instructions } : { label: p.label })),
            ...(link ? { link } : {}),
          },
          missing.map((p) => p.id),
          templates,
        );
      }),
    send: async (dossierId, draft, transport) => {
      const { safe, id } = await context.run(async () => {
        const checked = assertSafeDraft(draft, locale);
        if (!transport || typeof transport.send !== 'function' || typeof transport.name !== 'string') {
          throw context.fail('invalid-input', { field: 'transport' });
        }
        const state = await loadDossierState(context, requireText(dossierId, 'dossierId', locale));
        await decideDossierEventOnDemand(state.dossier, { type: 'remind' }, locale);
        return { safe: checked, id: state.dossier.id };
      });
      // Sent once, outside the retried part: a storage conflict must never send it twice.
      await context.run(async () => {
        try {
          await transport.send(safe);
        } catch (error) {
          if (isDossierError(error)) throw error;
          throw context.fail('storage-unavailable', { reason: error instanceof Error ? error.message : String(error) });
        }
      });
      const sentAt = context.now().toISOString();
      const record: ReminderRecord = {
        id: context.newId(),
        dossierId: id,
        to: safe.to,
        subject: safe.subject,
        body: safe.body,
        pieceIds: [...safe.pieceIds],
        transport: transport.name,
        sentAt,
        origin: 'manual',
        revision: 1,
      };
      return context.run(async () => {
        const state = await loadDossierState(context, id, { history: true });
        const history = state.history ?? { schedule: null, reminders: [] };
        const { operations } = summaryOperations(context, { ...state, history: { ...history, reminders: [...history.reminders, record] } });
        await storage.commit([{ op: 'put', kind: 'reminder', value: record, ifRevision: 0 }, ...operations], {
          dossierIds: [id],
          riskTypeIds: [],
        });
        return record;
      });
    },
    list: (dossierId) =>
      context.run(async () => {
        const id = requireText(dossierId, 'dossierId', locale);
        if (!(await storage.get('dossier', id))) throw context.notFound('dossier', id);
        return (await storage.listChildren('reminder', id)).sort((a, b) =>
          a.sentAt > b.sentAt ? -1 : a.sentAt < b.sentAt ? 1 : a.id < b.id ? 1 : -1,
        );
      }),
    ...createReminderScheduleApi(context),
  };
}
