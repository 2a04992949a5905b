import type { DossierPhase } from '../model/dossier.js';
import type { AuditPage } from '../storage/audit-query.js';
import type { AuditRow, DossierClient } from './dossier-client.js';
import type { ClientContext } from './client-context.js';
import { AUDIT_DEFAULTS } from '../storage/audit-defaults.js';

/**
 * `client.audit`: one indexed page of stored summaries, never the whole
 * portfolio, with rows and total as they are at the client's `now` (the
 * storage works out again the summaries a document expiry has outdated).
 * A pure read: it writes nothing, so concurrent readers never disturb each
 * other or a writer. Internal.
 */
export function createAuditApi(context: ClientContext): DossierClient['audit'] {
  const { storage } = context;
  return (query = {}) =>
    context.run(async (): Promise<AuditPage<AuditRow>> => {
      if (!query || typeof query !== 'object') throw context.fail('invalid-input', { field: 'query' });
      const phases: readonly DossierPhase[] =
        query.phase === undefined ? ['contract'] : typeof query.phase === 'string' ? [query.phase] : query.phase;
      const [page, riskTypes] = await Promise.all([
        storage.queryAudit({
          phases,
          ...(query.riskTypeId !== undefined ? { riskTypeId: query.riskTypeId } : {}),
          onlyIncomplete: query.onlyIncomplete ?? true,
          ...(query.onlyToReview ? { onlyToReview: true } : {}),
          ...(query.onlyRemindersExhausted ? { onlyRemindersExhausted: true } : {}),
          order: query.order ?? AUDIT_DEFAULTS.order,
          limit: query.limit ?? AUDIT_DEFAULTS.limit,
          cursor: query.cursor ?? null,
          ...(query.offset !== undefined ? { offset: query.offset } : {}),
          now: context.now().toISOString(),
        }),
        storage.listRiskTypes(),
      ]);
      const labels = new Map(riskTypes.map((r) => [r.id, r.label]));
      return {
        items: page.items.map((s) => ({ ...s, riskTypeLabel: labels.get(s.riskTypeId) ?? s.riskTypeId })),
        total: page.total,
        nextCursor: page.nextCursor,
      };
    });
}
