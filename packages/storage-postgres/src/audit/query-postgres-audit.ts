import { DOSSIER_PHASES, answerAuditQuery, compareAuditRows, decodeAuditCursor, validateAuditQuery } from '@dossier/core/adapter';
import type { AuditPage, DossierSummary } from '@dossier/core';
import type { AuditQuery } from '@dossier/core/adapter';
import type { SqlExecutor } from '../sql/sql-client.js';

/** One SQL statement and its parameters. */
export interface SqlStatement {
  readonly text: string;
  readonly params: unknown[];
}

/** Rows read beyond the page when `now` is given, to stand in for summaries that turn out outdated (else a second read). */
const OUTDATED_ALLOWANCE = 16;

/**
 * The one statement that reads an audit page from the indexes, in one round
 * trip and one snapshot. Its rows are tagged by `part`:
 *
 * - 0: the summaries whose stored figures do not hold at `now` (only when
 *   given), from the `(phase, stale_at)` and `(phase, valid_from)` indexes;
 * - 1: up to `rowLimit` summaries in audit order after the cursor, or after
 *   skipping `offset` of them: one ordered range scan per (phase, incomplete)
 *   pair of the filter, on `dossier_summary_audit` or, with a risk type,
 *   `dossier_summary_audit_risk`, merged and cut in SQL;
 * - 2: the total, summed from the per-bucket counters (never counting rows), or, with
 *   `onlyToReview` or "relances épuisées", counted on their partial indexes.
 */
export function auditStatement(
  tenantId: string,
  query: AuditQuery,
  rowLimit: number,
  withOutdated = query.now !== undefined,
  offset = 0,
): SqlStatement {
  const phases = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES];
  // "Relances épuisées" implies incomplete: one range per phase on the partial index of exhausted summaries.
  const exhausted = query.onlyRemindersExhausted === true;
  const incompletes = query.onlyIncomplete || exhausted ? [1] : [0, 1];
  const descending = query.order === 'newest';
  const after = typeof query.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
  const params: unknown[] = [tenantId, rowLimit, phases];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const risk = query.riskTypeId === undefined ? '' : ` AND risk_type_id = ${param(query.riskTypeId)}`;
  const keyset = after ? ` AND (since, id) ${descending ? '<' : '>'} (${param(after.since)}, ${param(after.id)})` : '';
  const direction = descending ? 'DESC' : 'ASC';
  // Each range gives the rows the merge may need: those skipped, then the page.
  const skip = offset > 0 ? param(offset) : undefined;
  const rangeLimit = skip ? `($2::bigint + ${skip}::bigint)` : '$2';
  // Few dossiers wait for review at any time: their partial index is read whole, the other filters applied as it is.
  const review = query.onlyToReview ? ' AND review_pending = 1' : '';
  const ranges = phases.flatMap((phase) =>
    incompletes.map(
      (incomplete) =>
        `(SELECT since, id, body FROM dossier_summary WHERE tenant_id = $1 AND phase = ${param(phase)} AND ${exhausted ? 'reminders_exhausted = 1' : `incomplete = ${incomplete}`}${risk}${review}${keyset}` +
        ` ORDER BY since ${direction}, id ${direction} LIMIT ${rangeLimit})`,
    ),
  );
  const parts = [
    `(SELECT 1 AS part, body FROM (SELECT body, since, id FROM (${ranges.join(' UNION ALL ')}) AS ranges ORDER BY since ${direction}, id ${direction} LIMIT $2${skip ? ` OFFSET ${skip}` : ''}) AS page)`,
    query.onlyToReview || exhausted
      ? `(SELECT 2 AS part, count(*)::text AS body FROM dossier_summary WHERE tenant_id = $1 AND phase = ANY($3::text[])${review}${exhausted ? ' AND reminders_exhausted = 1' : query.onlyIncomplete ? ' AND incomplete = 1' : ''}${risk})`
      : `(SELECT 2 AS part, coalesce(sum(rows), 0)::text AS body FROM dossier_summary_count WHERE tenant_id = $1 AND phase = ANY($3::text[])${query.onlyIncomplete ? ' AND incomplete = 1' : ''}${risk})`,
  ];
  if (withOutdated) {
    const now = param(new Date(Date.parse(query.now as string)).toISOString());
    parts.unshift(
      `(SELECT 0 AS part, body FROM dossier_summary WHERE tenant_id = $1 AND phase = ANY($3::text[]) AND stale_at <= ${now})`,
      `(SELECT 0 AS part, body FROM dossier_summary WHERE tenant_id = $1 AND phase = ANY($3::text[]) AND valid_from > ${now})`,
    );
  }
  return { text: parts.join(' UNION ALL '), params };
}

/**
 * Answers an audit query through `answerAuditQuery`, correct at `query.now`,
 * with one statement (`auditStatement`): the outdated summaries, the page
 * and the total come back together. A second statement runs only when more
 * summaries are outdated than the rows read ahead for them.
 */
export async function queryPostgresAudit(sql: SqlExecutor, tenantId: string, query: AuditQuery): Promise<AuditPage> {
  validateAuditQuery(query);
  const allowance = query.now === undefined ? 0 : OUTDATED_ALLOWANCE;
  // With an offset, core reads from a little before it when summaries are outdated: read from there at once.
  const readFrom = Math.max(0, (query.offset ?? 0) - allowance);
  const readAhead = query.limit + 1 + allowance + ((query.offset ?? 0) - readFrom);
  let first: Promise<{ outdated: DossierSummary[]; rows: DossierSummary[]; total: number }> | undefined;
  const read = (rowLimit: number, withOutdated: boolean, offset: number) => {
    const statement = auditStatement(tenantId, query, rowLimit, withOutdated, offset);
    return sql.query<{ part: number; body: string }>(statement.text, statement.params).then(({ rows }) => {
      const outdated = new Map<string, DossierSummary>();
      const page: DossierSummary[] = [];
      let total = 0;
      for (const row of rows) {
        if (Number(row.part) === 2) total = Number(row.body);
        else {
          const summary = JSON.parse(row.body) as DossierSummary;
          if (Number(row.part) === 0) outdated.set(summary.id, summary);
          else page.push(summary);
        }
      }
      // Sliced by position below: in audit order, whatever order UNION ALL gave them in.
      page.sort((a, b) => compareAuditRows(a, b, query.order ?? 'oldest'));
      return { outdated: [...outdated.values()], rows: page, total };
    });
  };
  const once = () => (first ??= read(readAhead, query.now !== undefined, readFrom));
  return answerAuditQuery(query, {
    outdated: async () => (await once()).outdated,
    async rows(limit, offset) {
      if (offset >= readFrom && offset + limit <= readFrom + readAhead)
        return (await once()).rows.slice(offset - readFrom, offset - readFrom + limit);
      return (await read(limit, false, offset)).rows;
    },
    count: async () => (await once()).total,
  });
}
