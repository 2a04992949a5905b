import { summaryAt } from '../completeness/summary-at.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { AuditPage, AuditQuery } from './audit-query.js';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.js';
import { compareAuditRows } from './compare-audit-rows.js';
import { matchesAuditQuery } from './matches-audit-query.js';
import { validateAuditQuery } from './validate-audit-query.js';
import { AUDIT_DEFAULTS } from './audit-defaults.js';

/** What an adapter reads from its summary indexes to answer one audit query. */
export interface AuditIndexReads {
  /**
   * Every summary of the query's phases (or of every phase when it names none)
   * whose stored figures do not hold at `now`: `staleAt <= now` or
   * `validFrom > now`. Indexed by `[phase, staleAt]` and `[phase, validFrom]`.
   * Summaries of other risk types may be included; they are filtered out.
   */
  outdated(now: string): Promise<readonly DossierSummary[]>;
  /**
   * The first `limit` summaries, in audit order, after the query's cursor or,
   * without one, from position `offset` (0: the first), matching its filters
   * by their stored figures. An adapter reading one range per phase may return
   * up to `limit` rows of each, in any order: they are merged here. With an
   * offset, each range starts at its share of it (`splitAuditOffset`).
   */
  rows(limit: number, offset: number): Promise<readonly DossierSummary[]>;
  /** How many summaries match the query's filters by their stored figures, cursor aside. */
  count(): Promise<number>;
}

/**
 * Answers an audit query from an adapter's index reads, correct at
 * `query.now`: the summaries whose stored figures do not hold then (a document
 * expired since they were written, or the moment asked about is earlier) are
 * worked out again with `summaryAt`, taken out of the stored rows and total,
 * and put back where their figures at `now` place them. Nothing is written.
 *
 * The work beyond the plain index page is proportional to the number of
 * outdated summaries, not to the portfolio. Adapters call `outdated` first and
 * then `rows` and `count`; an IndexedDB adapter issues them in one transaction.
 *
 * With an `offset`, the stored rows are read from a little before it (as many
 * rows as there are worked-out summaries that may come before them), so that
 * each row's place at `now` is known exactly: the page is the one at that
 * position in the order at `now`, as paging with cursors would reach it.
 *
 * @throws DossierError `invalid-input` on a malformed query.
 */
export async function answerAuditQuery(query: AuditQuery, reads: AuditIndexReads): Promise<AuditPage> {
  validateAuditQuery(query);
  const order = query.order ?? AUDIT_DEFAULTS.order;
  const now = query.now;
  const outdated =
    now === undefined ? [] : (await reads.outdated(now)).filter((s) => query.riskTypeId === undefined || s.riskTypeId === query.riskTypeId);
  const offset = query.offset ?? 0;
  if (offset > 0 && outdated.length > 0) return pageAtOffset(query, reads, outdated, offset);
  const [stored, storedTotal] = await Promise.all([reads.rows(query.limit + outdated.length + 1, offset), reads.count()]);
  if (outdated.length === 0)
    return page(
      [...stored].sort((a, b) => compareAuditRows(a, b, order)),
      storedTotal,
      query.limit,
    );

  const outdatedIds = new Set(outdated.map((s) => s.id));
  const current = outdated.map((s) => summaryAt(s, now as string)).filter((s) => matchesAuditQuery(s, query));
  const total = storedTotal - outdated.filter((s) => matchesAuditQuery(s, query)).length + current.length;
  const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
  const rows = [...stored.filter((s) => !outdatedIds.has(s.id)), ...current.filter((s) => !after || compareAuditRows(s, after, order) > 0)];
  rows.sort((a, b) => compareAuditRows(a, b, order));
  return page(rows, total, query.limit);
}

/**
 * The page at `offset` in the order at `query.now`, when some summaries are
 * outdated. Stored rows (S, in stored order) lose the outdated ones that match
 * by their stored figures (O) and gain the worked-out ones that match at `now`
 * (C). A stored row's place at `now` is its place in S, less the O before it,
 * plus the C before it; so every row that lands in the page lies in S between
 * `offset - |C|` and `offset + limit + |O|`, which is the only range read.
 */
async function pageAtOffset(
  query: AuditQuery,
  reads: AuditIndexReads,
  outdated: readonly DossierSummary[],
  offset: number,
): Promise<AuditPage> {
  const order = query.order ?? AUDIT_DEFAULTS.order;
  const now = query.now as string;
  const compare = (a: DossierSummary, b: DossierSummary) => compareAuditRows(a, b, order);
  const outdatedIds = new Set(outdated.map((s) => s.id));
  const storedOutdated = outdated.filter((s) => matchesAuditQuery(s, query)).sort(compare);
  const current = outdated
    .map((s) => summaryAt(s, now))
    .filter((s) => matchesAuditQuery(s, query))
    .sort(compare);
  const start = Math.max(0, offset - current.length);
  const length = query.limit + storedOutdated.length + current.length;
  const [read, storedTotal] = await Promise.all([reads.rows(length, start), reads.count()]);
  const window = [...read].sort(compare).slice(0, length);
  const total = storedTotal - storedOutdated.length + current.length;
  const before = (list: readonly DossierSummary[], row: DossierSummary) => list.filter((other) => compare(other, row) < 0).length;
  const placed: { at: number; row: DossierSummary }[] = [];
  window.forEach((row, index) => {
    if (!outdatedIds.has(row.id)) placed.push({ at: start + index - before(storedOutdated, row) + before(current, row), row });
  });
  const first = window[0];
  const last = window[window.length - 1];
  current.forEach((row, index) => {
    // Outside the rows read, its place is known only to be outside the page: before it, or after it.
    if (start > 0 && (!first || compare(row, first) < 0)) return;
    if (window.length === length && last && compare(row, last) > 0) return;
    placed.push({ at: index + start + before(window, row) - before(storedOutdated, row), row });
  });
  const items = placed
    .filter(({ at }) => at >= offset && at < offset + query.limit)
    .sort((a, b) => a.at - b.at)
    .map(({ row }) => row);
  const end = items[items.length - 1];
  return { items, total, nextCursor: end && offset + items.length < total ? encodeAuditCursor({ since: end.since, id: end.id }) : null };
}

/** The first `limit` rows, and a cursor after the last when more follow. */
function page(rows: DossierSummary[], total: number, limit: number): AuditPage {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, total, nextCursor: rows.length > limit && last ? encodeAuditCursor({ since: last.since, id: last.id }) : null };
}
