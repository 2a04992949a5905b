import Dexie, { type IndexableType, type Table } from 'dexie';
import {
  answerAuditQuery,
  decodeAuditCursor,
  DOSSIER_PHASES,
  type AuditPage,
  type AuditQuery,
} from '@dossier/core/adapter';
import type { DossierPhase, DossierSummary } from '@dossier/core';
import { AUDIT_INDEXES, DEXIE_TABLES, OUTDATED_INDEXES, REMINDER_INDEXES } from './dexie-schema.js';

/**
 * Runs an audit query on index ranges only (see `AUDIT_INDEXES` for which
 * index serves which filters), through core's `answerAuditQuery`: per phase,
 * the rows after the cursor in audit order and an index `count()`, merged
 * across phases; and, when the query gives `now`, the summaries whose figures
 * do not hold then (`OUTDATED_INDEXES`), which core works out again. All reads
 * share one read-only transaction, so `total` and `items` agree.
 *
 * @throws DossierError `invalid-input` on a malformed query.
 */
export async function queryDexieAudit(db: Dexie, query: AuditQuery): Promise<AuditPage<DossierSummary>> {
  return db.transaction('r', DEXIE_TABLES.summary, (transaction) => {
    const table = transaction.table<DossierSummary, string>(DEXIE_TABLES.summary);
    const order = query?.order ?? 'oldest';
    const after = typeof query?.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
    const phases = (): DossierPhase[] => (query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES]);
    const index = () => auditIndex(query);
    const ranges = () =>
      phases().map((phase) => {
        const prefix = keyPrefix(query, phase);
        return { prefix, lower: [...prefix, Dexie.minKey], upper: [...prefix, Dexie.maxKey] };
      });
    return answerAuditQuery(query, {
      outdated: async (now) => {
        const found = await Promise.all(phases().flatMap((phase) => outdatedOfPhase(table, phase, now)));
        return [...new Map(found.flat().map((summary) => [summary.id, summary])).values()];
      },
      rows: async (limit) => {
        const pages = await Promise.all(
          ranges().map(({ prefix, lower, upper }) => {
            if (!after) {
              const range = table.where(index()).between(lower, upper, true, true);
              return (order === 'oldest' ? range : range.reverse()).limit(limit).toArray();
            }
            const at = [...prefix, after.since, after.id];
            return order === 'oldest'
              ? table.where(index()).between(at, upper, false, true).limit(limit).toArray()
              : table.where(index()).between(lower, at, true, false).reverse().limit(limit).toArray();
          }),
        );
        return pages.flat();
      },
      count: async () => {
        const counts = await Promise.all(ranges().map(({ lower, upper }) => table.where(index()).between(lower, upper, true, true).count()));
        return counts.reduce((sum, count) => sum + count, 0);
      },
    });
  });
}

/** Summaries of one phase whose figures do not hold at `now`: `staleAt <= now`, or `validFrom > now`. */
function outdatedOfPhase(table: Table<DossierSummary, string>, phase: DossierPhase, now: string): Promise<DossierSummary[]>[] {
  return [
    table.where(OUTDATED_INDEXES.byPhaseStaleAt).between([phase, Dexie.minKey], [phase, now], true, true).toArray(),
    table.where(OUTDATED_INDEXES.byPhaseValidFrom).between([phase, now], [phase, Dexie.maxKey], false, true).toArray(),
  ];
}

/** The index whose equality prefix matches the query's filters. */
function auditIndex(query: AuditQuery): string {
  // Exhausted reminders imply an incomplete dossier: their index alone answers.
  if (query.onlyRemindersExhausted) return query.riskTypeId !== undefined ? REMINDER_INDEXES.byRiskTypeExhaustedPhase : REMINDER_INDEXES.byExhaustedPhase;
  if (query.riskTypeId !== undefined) return query.onlyIncomplete ? AUDIT_INDEXES.byRiskTypeIncompletePhase : AUDIT_INDEXES.byRiskTypePhase;
  return query.onlyIncomplete ? AUDIT_INDEXES.byIncompletePhase : AUDIT_INDEXES.byPhase;
}

/** The equality part of the index key for one phase, in the index's field order. */
function keyPrefix(query: AuditQuery, phase: DossierPhase): IndexableType[] {
  const prefix: IndexableType[] = [];
  if (query.riskTypeId !== undefined) prefix.push(query.riskTypeId);
  if (query.onlyRemindersExhausted || query.onlyIncomplete) prefix.push(1);
  prefix.push(phase);
  return prefix;
}
