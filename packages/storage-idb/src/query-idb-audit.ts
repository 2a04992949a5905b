import {
  answerAuditQuery,
  decodeAuditCursor,
  DOSSIER_PHASES,
  type AuditCursorPosition,
  type AuditOrder,
  type AuditPage,
  type AuditQuery,
} from '@dossier/core/adapter';
import type { DossierPhase, DossierSummary } from '@dossier/core';
import type { IDBPDatabase, IDBPIndex } from 'idb';
import type { AuditIndexName, DossierIdbSchema } from './dossier-idb-schema.js';

type SummaryIndex = IDBPIndex<DossierIdbSchema, ['summary'], 'summary', AuditIndexName, 'readonly'>;

/**
 * Answers an audit query from the summary indexes without scanning the table,
 * through core's `answerAuditQuery`. The filters fix a key prefix on one
 * compound index (`…, since, id`); several phases give one prefix each, read
 * with their own cursor and merged; `total` sums `count()` over the prefixes.
 * When the query gives `now`, the `[phase, staleAt]` and `[phase, validFrom]`
 * indexes find the summaries whose figures do not hold then, which core works
 * out again. All in one readonly transaction, so rows and total agree.
 */
export async function queryIdbAudit(db: IDBPDatabase<DossierIdbSchema>, query: AuditQuery): Promise<AuditPage> {
  const store = db.transaction('summary', 'readonly').store;
  const order: AuditOrder = query?.order ?? 'oldest';
  const after = typeof query?.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
  const phases = (): DossierPhase[] => (query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES]);
  return answerAuditQuery(query, {
    outdated: async (now) => {
      const found = await Promise.all(
        phases().flatMap((phase) => [
          store.index('byPhaseStaleAt').getAll(IDBKeyRange.bound([phase, ''], [phase, now])),
          store.index('byPhaseValidFrom').getAll(IDBKeyRange.bound([phase, now], [phase, []], true, false)),
        ]),
      );
      return [...new Map(found.flat().map((summary) => [summary.id, summary])).values()];
    },
    rows: async (limit) => {
      const { indexName, prefixes } = planScan(query);
      const index = store.index(indexName);
      const batches = await Promise.all(prefixes.map((prefix) => readRows(index, keyRange(prefix, after, order), order, limit)));
      return batches.flat();
    },
    count: async () => {
      const { indexName, prefixes } = planScan(query);
      const index = store.index(indexName);
      const counts = await Promise.all(prefixes.map((prefix) => index.count(keyRange(prefix, undefined, order) ?? null)));
      return counts.reduce((sum, count) => sum + count, 0);
    },
  });
}

/** Which index to walk and with which fixed key prefixes. */
function planScan(query: AuditQuery): { indexName: AuditIndexName; prefixes: IDBValidKey[][] } {
  const byRisk = query.riskTypeId !== undefined;
  const incomplete = query.onlyIncomplete === true;
  const chosen = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : undefined;
  // Exhausted reminders imply an incomplete dossier: their index alone answers.
  if (query.onlyRemindersExhausted === true) {
    const head: IDBValidKey[] = [...(byRisk ? [query.riskTypeId as string] : []), 1];
    return { indexName: byRisk ? 'byRiskExhaustedPhase' : 'byExhaustedPhase', prefixes: (chosen ?? DOSSIER_PHASES).map((phase) => [...head, phase]) };
  }
  if (!chosen && !byRisk && !incomplete) return { indexName: 'bySince', prefixes: [[]] };
  const head: IDBValidKey[] = [...(byRisk ? [query.riskTypeId as string] : []), ...(incomplete ? [1] : [])];
  const indexName: AuditIndexName = byRisk ? (incomplete ? 'byRiskIncompletePhase' : 'byRiskPhase') : incomplete ? 'byIncompletePhase' : 'byPhase';
  return { indexName, prefixes: (chosen ?? DOSSIER_PHASES).map((phase) => [...head, phase]) };
}

/**
 * Keys `[...prefix, since, id]` after the cursor position in `order`. An array
 * sorts above every string, so `[...prefix, []]` bounds the prefix from above.
 */
function keyRange(prefix: IDBValidKey[], after: AuditCursorPosition | undefined, order: AuditOrder): IDBKeyRange | undefined {
  const position = after ? [...prefix, after.since, after.id] : undefined;
  const lower = position && order === 'oldest' ? position : prefix.length > 0 ? prefix : undefined;
  const upper = position && order === 'newest' ? position : prefix.length > 0 ? [...prefix, []] : undefined;
  const lowerOpen = position !== undefined && order === 'oldest';
  const upperOpen = position !== undefined && order === 'newest';
  if (lower && upper) return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  if (lower) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper) return IDBKeyRange.upperBound(upper, upperOpen);
  return undefined;
}

async function readRows(index: SummaryIndex, range: IDBKeyRange | undefined, order: AuditOrder, count: number): Promise<DossierSummary[]> {
  if (order === 'oldest') return index.getAll(range ?? null, count);
  const rows: DossierSummary[] = [];
  let cursor = await index.openCursor(range ?? null, 'prev');
  while (cursor && rows.length < count) {
    rows.push(cursor.value);
    if (rows.length < count) cursor = await cursor.continue();
  }
  return rows;
}
