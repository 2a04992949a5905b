import {
  answerAuditQuery,
  decodeAuditCursor,
  DOSSIER_PHASES,
  compareAuditRows,
  matchesAuditQuery,
  splitAuditOffset,
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
 * out again. An offset advances the index cursor, split between prefixes by
 * index counts (`splitAuditOffset`). All in one readonly transaction, so rows
 * and total agree.
 */
export async function queryIdbAudit(db: IDBPDatabase<DossierIdbSchema>, query: AuditQuery): Promise<AuditPage> {
  const store = db.transaction('summary', 'readonly').store;
  const order: AuditOrder = query?.order ?? 'oldest';
  const after = typeof query?.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
  const phases = (): DossierPhase[] => (query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES]);
  // Each prefix's count is read once per query, whether for the total or to split an offset.
  let counted: Promise<number[]> | undefined;
  const counts = () => {
    const { indexName, prefixes } = planScan(query);
    const index = store.index(indexName);
    return (counted ??= Promise.all(prefixes.map((prefix) => index.count(keyRange(prefix, undefined, order) ?? null))));
  };
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
    rows: async (limit, offset) => {
      const { indexName, prefixes } = planScan(query);
      const index = store.index(indexName);
      if (query.onlyToReview) {
        // The review index holds few rows: read its ranges whole, keep those the other filters take, in audit order.
        const found = await Promise.all(prefixes.map((prefix) => readRows(index, keyRange(prefix, after, order), order, Infinity)));
        const kept = found
          .flat()
          .filter((row) => matchesAuditQuery(row, query))
          .sort((a, b) => compareAuditRows(a, b, order));
        return kept.slice(offset, offset + limit);
      }
      if (offset > 0) {
        const sizes = await counts();
        const skips = await splitAuditOffset(
          prefixes.map((prefix, i) => ({
            size: sizes[i] ?? 0,
            keyAt: (position: number) => keyAt(index, keyRange(prefix, undefined, order), order, position),
            countBefore: (key: AuditCursorPosition) => index.count(keyRange(prefix, key, order === 'oldest' ? 'newest' : 'oldest') ?? null),
          })),
          offset,
        );
        const batches = await Promise.all(
          prefixes.map((prefix, i) => readRows(index, keyRange(prefix, undefined, order), order, limit, skips[i] ?? 0)),
        );
        return batches.flat();
      }
      const batches = await Promise.all(prefixes.map((prefix) => readRows(index, keyRange(prefix, after, order), order, limit)));
      return batches.flat();
    },
    count: async () => {
      if (query.onlyToReview) {
        const { indexName, prefixes } = planScan(query);
        const found = await Promise.all(
          prefixes.map((prefix) => store.index(indexName).getAll(keyRange(prefix, undefined, order) ?? null)),
        );
        return found.flat().filter((row) => matchesAuditQuery(row, query)).length;
      }
      return (await counts()).reduce((sum, count) => sum + count, 0);
    },
  });
}

/** Which index to walk and with which fixed key prefixes. */
function planScan(query: AuditQuery): { indexName: AuditIndexName; prefixes: IDBValidKey[][] } {
  if (query.onlyToReview) {
    const phases = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : DOSSIER_PHASES;
    return { indexName: 'byReviewPhase', prefixes: phases.map((phase) => [1, phase]) };
  }
  const byRisk = query.riskTypeId !== undefined;
  const incomplete = query.onlyIncomplete === true;
  const chosen = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : undefined;
  // Exhausted reminders imply an incomplete dossier: their index alone answers.
  if (query.onlyRemindersExhausted === true) {
    const head: IDBValidKey[] = [...(byRisk ? [query.riskTypeId as string] : []), 1];
    return {
      indexName: byRisk ? 'byRiskExhaustedPhase' : 'byExhaustedPhase',
      prefixes: (chosen ?? DOSSIER_PHASES).map((phase) => [...head, phase]),
    };
  }
  if (!chosen && !byRisk && !incomplete) return { indexName: 'bySince', prefixes: [[]] };
  const head: IDBValidKey[] = [...(byRisk ? [query.riskTypeId as string] : []), ...(incomplete ? [1] : [])];
  const indexName: AuditIndexName = byRisk
    ? incomplete
      ? 'byRiskIncompletePhase'
      : 'byRiskPhase'
    : incomplete
      ? 'byIncompletePhase'
      : 'byPhase';
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

/** The sort key of the row at `position` of a range, in `order`: the cursor advances natively, reading no value. */
async function keyAt(
  index: SummaryIndex,
  range: IDBKeyRange | undefined,
  order: AuditOrder,
  position: number,
): Promise<AuditCursorPosition> {
  let cursor = await index.openKeyCursor(range ?? null, order === 'oldest' ? 'next' : 'prev');
  if (cursor && position > 0) cursor = await cursor.advance(position);
  const key = (cursor?.key ?? []) as IDBValidKey[];
  return { since: String(key[key.length - 2]), id: String(key[key.length - 1]) };
}

/** Up to `count` rows of a range in `order`, after skipping `skip` of them. */
async function readRows(
  index: SummaryIndex,
  range: IDBKeyRange | undefined,
  order: AuditOrder,
  count: number,
  skip = 0,
): Promise<DossierSummary[]> {
  if (order === 'oldest' && skip === 0) return index.getAll(range ?? null, Number.isFinite(count) ? count : undefined);
  const rows: DossierSummary[] = [];
  let cursor = await index.openCursor(range ?? null, order === 'oldest' ? 'next' : 'prev');
  if (cursor && skip > 0) cursor = await cursor.advance(skip);
  while (cursor && rows.length < count) {
    rows.push(cursor.value);
    if (rows.length < count) cursor = await cursor.continue();
  }
  return rows;
}
