import type { DossierPhase } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { AuditPage } from '../storage/audit-query.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { AuditRow, ClientAuditQuery, DossierClient } from './dossier-client.js';
import type { ClientContext } from './client-context.js';
import { loadDossierState, summaryOperation } from './dossier-state.js';

/** `client.audit`: one indexed page of stored summaries, never the whole portfolio. Internal. */
export function createAuditApi(context: ClientContext): DossierClient['audit'] {
  const { storage } = context;

  /**
   * Summaries whose figures changed by time alone (a document expired since
   * they were written) are recomputed and stored again before being shown.
   */
  const refreshStale = async (items: readonly DossierSummary[]): Promise<DossierSummary[]> => {
    const now = context.now().toISOString();
    const stale = items.filter((s) => s.staleAt !== null && s.staleAt <= now);
    if (stale.length === 0) return [...items];
    const fresh = new Map<string, DossierSummary>();
    const operations: StorageOperation[] = [];
    for (const summary of stale) {
      const state = await loadDossierState(context, summary.id);
      const { operation } = summaryOperation(context, state);
      if (operation.kind === 'summary') fresh.set(summary.id, operation.value);
      operations.push(operation);
    }
    await storage.commit(operations, { dossierIds: [...fresh.keys()], riskTypeIds: [] });
    return items.map((s) => fresh.get(s.id) ?? s);
  };

  return (query: ClientAuditQuery = {}) =>
    context.run(async (): Promise<AuditPage<AuditRow>> => {
      if (!query || typeof query !== 'object') throw context.fail('invalid-input', { field: 'query' });
      const phases: readonly DossierPhase[] =
        query.phase === undefined ? ['contract'] : typeof query.phase === 'string' ? [query.phase] : query.phase;
      const page = await storage.queryAudit({
        phases,
        ...(query.riskTypeId !== undefined ? { riskTypeId: query.riskTypeId } : {}),
        onlyIncomplete: query.onlyIncomplete ?? true,
        order: query.order ?? 'oldest',
        limit: query.limit ?? 50,
        cursor: query.cursor ?? null,
      });
      const [items, riskTypes] = await Promise.all([refreshStale(page.items), storage.listRiskTypes()]);
      const labels = new Map(riskTypes.map((r) => [r.id, r.label]));
      return {
        items: items.map((s) => ({ ...s, riskTypeLabel: labels.get(s.riskTypeId) ?? s.riskTypeId })),
        total: page.total,
        nextCursor: page.nextCursor,
      };
    });
}
