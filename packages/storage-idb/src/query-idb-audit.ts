import {
  compareAuditRows,
  decodeAuditCursor,
  DossierError,
  encodeAuditCursor,
  validateAuditQuery,
  type AuditCursorPosition,
  type AuditOrder,
  type AuditPage,
  type AuditQuery,
  type DossierPhase,
  type DossierSummary,
} from '@dossier/core';
import type { IDBPDatabase, IDBPIndex } from 'idb';
import type { AuditIndexName, DossierIdbSchema } from './dossier-idb-schema.js';

type SummaryIndex = IDBPIndex<DossierIdbSchema, ['summary'], 'summary', AuditIndexName, 'readonly'>;

// A Record, so that adding a phase to the model fails to compile here until it is listed.
const PHASE_SET: Record<DossierPhase, true> = { proposal: true, contract: true, archived: true, lost: true };
const ALL_PHASES = Object.keys(PHASE_SET) as DossierPhase[];

/**
 * Answers an audit query from the summary indexes without scanning the table.
 * The filters fix a key prefix on one compound index (`…, since, id`); several
 * phases give one prefix each, read with their own cursor (at most `limit + 1`
 * rows each) and merged. `total` sums `count()` over the prefixes. All in one
 * readonly transaction, so rows and total agree.
 */
export async function queryIdbAudit(db: IDBPDatabase<DossierIdbSchema>, query: AuditQuery): Promise<AuditPage> {
  validateAuditQuery(query);
  if (query.riskTypeId !== undefined && typeof query.riskTypeId !== 'string') throw new DossierError('invalid-input', { field: 'riskTypeId' });
  const order: AuditOrder = query.order ?? 'oldest';
  const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
  const { indexName, prefixes } = planScan(query);

  const index = db.transaction('summary', 'readonly').store.index(indexName);
  const [counts, batches] = await Promise.all([
    Promise.all(prefixes.map((prefix) => index.count(keyRange(prefix, undefined, order) ?? null))),
    Promise.all(prefixes.map((prefix) => readRows(index, keyRange(prefix, after, order), order, query.limit + 1))),
  ]);

  const rows = batches.length === 1 ? batches[0]! : batches.flat().sort((a, b) => compareAuditRows(a, b, order));
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items,
    total: counts.reduce((sum, count) => sum + count, 0),
    nextCursor: rows.length > query.limit && last ? encodeAuditCursor({ since: last.since, id: last.id }) : null,
  };
}

/** Which index to walk and with which fixed key prefixes. */
function planScan(query: AuditQuery): { indexName: AuditIndexName; prefixes: IDBValidKey[][] } {
  const byRisk = query.riskTypeId !== undefined;
  const incomplete = query.onlyIncomplete === true;
  const chosen = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : undefined;
  if (!chosen && !byRisk && !incomplete) return { indexName: 'bySince', prefixes: [[]] };
  const head: IDBValidKey[] = [...(byRisk ? [query.riskTypeId as string] : []), ...(incomplete ? [1] : [])];
  const indexName: AuditIndexName = byRisk ? (incomplete ? 'byRiskIncompletePhase' : 'byRiskPhase') : incomplete ? 'byIncompletePhase' : 'byPhase';
  return { indexName, prefixes: (chosen ?? ALL_PHASES).map((phase) => [...head, phase]) };
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
