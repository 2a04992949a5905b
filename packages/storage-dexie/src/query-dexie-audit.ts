import Dexie, { type IndexableType } from 'dexie';
import {
  compareAuditRows,
  decodeAuditCursor,
  DossierError,
  encodeAuditCursor,
  validateAuditQuery,
  type AuditPage,
  type AuditQuery,
  type DossierPhase,
  type DossierSummary,
} from '@dossier/core';
import { AUDIT_INDEXES, DEXIE_TABLES } from './dexie-schema.js';

/** Every phase; `satisfies` makes the compiler flag a phase added to core and missing here. */
const PHASE_SET = { proposal: true, contract: true, archived: true, lost: true } as const satisfies Record<DossierPhase, true>;
const ALL_PHASES = Object.keys(PHASE_SET) as DossierPhase[];

/**
 * Runs an audit query on index ranges only (see `AUDIT_INDEXES` for which
 * index serves which filters): per phase, at most `limit + 1` rows after the
 * cursor in audit order, and an index `count()`; the per-phase rows are merged
 * in `compareAuditRows` order. The extra row tells whether a next page exists.
 * All reads share one read-only transaction, so `total` and `items` agree.
 *
 * @throws DossierError `invalid-input` on a malformed query.
 */
export async function queryDexieAudit(db: Dexie, query: AuditQuery): Promise<AuditPage<DossierSummary>> {
  validateAuditQuery(query);
  if (query.riskTypeId !== undefined && typeof query.riskTypeId !== 'string') {
    throw new DossierError('invalid-input', { field: 'riskTypeId' });
  }
  const order = query.order ?? 'oldest';
  const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
  const phases = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : ALL_PHASES;
  const index = auditIndex(query);
  const prefixes = phases.map((phase) => keyPrefix(query, phase));

  const { rows, total } = await db.transaction('r', DEXIE_TABLES.summary, async (transaction) => {
    const table = transaction.table<DossierSummary, string>(DEXIE_TABLES.summary);
    const ranges = prefixes.map((prefix) => ({ prefix, lower: [...prefix, Dexie.minKey], upper: [...prefix, Dexie.maxKey] }));
    const pages = ranges.map(({ prefix, lower, upper }) => {
      if (!after) {
        const range = table.where(index).between(lower, upper, true, true);
        return (order === 'oldest' ? range : range.reverse()).limit(query.limit + 1).toArray();
      }
      const at = [...prefix, after.since, after.id];
      return order === 'oldest'
        ? table.where(index).between(at, upper, false, true).limit(query.limit + 1).toArray()
        : table.where(index).between(lower, at, true, false).reverse().limit(query.limit + 1).toArray();
    });
    const counts = ranges.map(({ lower, upper }) => table.where(index).between(lower, upper, true, true).count());
    const [pageRows, pageCounts] = await Promise.all([Promise.all(pages), Promise.all(counts)]);
    return { rows: pageRows.flat(), total: pageCounts.reduce((sum, count) => sum + count, 0) };
  });

  const sorted = phases.length > 1 ? rows.sort((a, b) => compareAuditRows(a, b, order)) : rows;
  const items = sorted.slice(0, query.limit);
  const last = items[items.length - 1];
  const nextCursor = sorted.length > query.limit && last ? encodeAuditCursor({ since: last.since, id: last.id }) : null;
  return { items, total, nextCursor };
}

/** The index whose equality prefix matches the query's filters. */
function auditIndex(query: AuditQuery): string {
  if (query.riskTypeId !== undefined) return query.onlyIncomplete ? AUDIT_INDEXES.byRiskTypeIncompletePhase : AUDIT_INDEXES.byRiskTypePhase;
  return query.onlyIncomplete ? AUDIT_INDEXES.byIncompletePhase : AUDIT_INDEXES.byPhase;
}

/** The equality part of the index key for one phase, in the index's field order. */
function keyPrefix(query: AuditQuery, phase: DossierPhase): IndexableType[] {
  const prefix: IndexableType[] = [];
  if (query.riskTypeId !== undefined) prefix.push(query.riskTypeId);
  if (query.onlyIncomplete) prefix.push(1);
  prefix.push(phase);
  return prefix;
}
