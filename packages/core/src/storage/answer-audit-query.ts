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
   * The first `limit` summaries, in audit order, after the query's cursor,
   * matching its filters by their stored figures. An adapter reading one range
   * per phase may return up to `limit` rows of each, in any order: they are
   * merged here.
   */
  rows(limit: number): Promise<readonly DossierSummary[]>;
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
 * @throws DossierError `invalid-input` on a malformed query.
 */
export async function answerAuditQuery(query: AuditQuery, reads: AuditIndexReads): Promise<AuditPage> {
  validateAuditQuery(query);
  const order = query.order ?? AUDIT_DEFAULTS.order;
  const now = query.now;
  const outdated = now === undefined ? [] : (await reads.outdated(now)).filter((s) => query.riskTypeId === undefined || s.riskTypeId === query.riskTypeId);
  const [stored, storedTotal] = await Promise.all([reads.rows(query.limit + outdated.length + 1), reads.count()]);
  if (outdated.length === 0) return page([...stored].sort((a, b) => compareAuditRows(a, b, order)), storedTotal, query.limit);

  const outdatedIds = new Set(outdated.map((s) => s.id));
  const current = outdated.map((s) => summaryAt(s, now as string)).filter((s) => matchesAuditQuery(s, query));
  const total = storedTotal - outdated.filter((s) => matchesAuditQuery(s, query)).length + current.length;
  const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
  const rows = [...stored.filter((s) => !outdatedIds.has(s.id)), ...current.filter((s) => !after || compareAuditRows(s, after, order) > 0)];
  rows.sort((a, b) => compareAuditRows(a, b, order));
  return page(rows, total, query.limit);
}

/** The first `limit` rows, and a cursor after the last when more follow. */
function page(rows: DossierSummary[], total: number, limit: number): AuditPage {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, total, nextCursor: rows.length > limit && last ? encodeAuditCursor({ since: last.since, id: last.id }) : null };
}
