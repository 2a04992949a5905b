import type { DossierSummary } from '../model/dossier-summary.js';
import type { AuditQuery } from './audit-query.js';

/** Whether a summary passes the filters of an audit query (not the cursor). */
export function matchesAuditQuery(summary: DossierSummary, query: AuditQuery): boolean {
  if (query.phases && query.phases.length > 0 && !query.phases.includes(summary.phase)) return false;
  if (query.riskTypeId !== undefined && summary.riskTypeId !== query.riskTypeId) return false;
  if (query.onlyIncomplete && summary.incomplete !== 1) return false;
  if (query.onlyToReview && summary.reviewPending !== 1) return false;
  if (query.onlyRemindersExhausted && summary.remindersExhausted !== 1) return false;
  return true;
}
