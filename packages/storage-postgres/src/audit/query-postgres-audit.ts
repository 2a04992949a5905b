import { DOSSIER_PHASES, answerAuditQuery, decodeAuditCursor, validateAuditQuery } from '@dossier/core/adapter';
import type { AuditPage, AuditQuery, DossierSummary } from '@dossier/core';
import type { SqlExecutor } from '../sql/sql-client.js';

/** The SQL of one audit page, for tests and the benchmark (`EXPLAIN` it). */
export interface AuditStatements {
  readonly rows: { readonly text: string; readonly params: unknown[] };
  readonly count: { readonly text: string; readonly params: unknown[] };
}

/**
 * The statements that read one audit page from the indexes: rows as one
 * ordered range scan per (phase, incomplete) pair of the filter, on
 * `dossier_summary_audit` or, with a risk type, `dossier_summary_audit_risk`,
 * merged and cut to `limit` in SQL; the total from the per-bucket counters,
 * never by counting rows.
 */
export function auditStatements(tenantId: string, query: AuditQuery, limit: number): AuditStatements {
  const phases = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES];
  const incompletes = query.onlyIncomplete ? [1] : [0, 1];
  const descending = query.order === 'newest';
  const after = typeof query.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
  const params: unknown[] = [tenantId, limit];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const risk = query.riskTypeId === undefined ? '' : ` AND risk_type_id = ${param(query.riskTypeId)}`;
  const keyset = after ? ` AND (since, id) ${descending ? '<' : '>'} (${param(after.since)}, ${param(after.id)})` : '';
  const direction = descending ? 'DESC' : 'ASC';
  const ranges: string[] = [];
  for (const phase of phases) {
    for (const incomplete of incompletes) {
      ranges.push(
        `(SELECT since, id, body FROM dossier_summary WHERE tenant_id = $1 AND phase = ${param(phase)} AND incomplete = ${incomplete}${risk}${keyset}` +
          ` ORDER BY since ${direction}, id ${direction} LIMIT $2)`,
      );
    }
  }
  const rows = {
    text: `SELECT body FROM (${ranges.join(' UNION ALL ')}) AS page ORDER BY since ${direction}, id ${direction} LIMIT $2`,
    params,
  };
  const countParams: unknown[] = [tenantId, phases];
  const countRisk = query.riskTypeId === undefined ? '' : ` AND risk_type_id = $${countParams.push(query.riskTypeId)}`;
  const count = {
    text: `SELECT coalesce(sum(rows), 0)::bigint AS total FROM dossier_summary_count WHERE tenant_id = $1 AND phase = ANY($2::text[])${
      query.onlyIncomplete ? ' AND incomplete = 1' : ''
    }${countRisk}`,
    params: countParams,
  };
  return { rows, count };
}

/**
 * Answers an audit query from the summary indexes through `answerAuditQuery`:
 * the summaries outdated at `query.now` found by the `(phase, stale_at)` and
 * `(phase, valid_from)` indexes, one page of rows and the total, all read in
 * one snapshot (`sql` is a repeatable-read transaction).
 */
export function queryPostgresAudit(sql: SqlExecutor, tenantId: string, query: AuditQuery): Promise<AuditPage> {
  validateAuditQuery(query);
  const phases = query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES];
  return answerAuditQuery(query, {
    async outdated(now) {
      const { rows } = await sql.query<{ body: string }>(
        `SELECT body FROM dossier_summary WHERE tenant_id = $1 AND phase = ANY($2::text[]) AND stale_at <= $3
         UNION ALL
         SELECT body FROM dossier_summary WHERE tenant_id = $1 AND phase = ANY($2::text[]) AND valid_from > $3`,
        [tenantId, phases, new Date(Date.parse(now)).toISOString()],
      );
      const byId = new Map<string, DossierSummary>();
      for (const row of rows) {
        const summary = JSON.parse(row.body) as DossierSummary;
        byId.set(summary.id, summary);
      }
      return [...byId.values()];
    },
    async rows(limit) {
      const { rows } = auditStatements(tenantId, query, limit);
      const result = await sql.query<{ body: string }>(rows.text, rows.params);
      return result.rows.map((row) => JSON.parse(row.body) as DossierSummary);
    },
    async count() {
      const { count } = auditStatements(tenantId, query, 1);
      const result = await sql.query<{ total: number | string }>(count.text, count.params);
      return Number(result.rows[0]?.total ?? 0);
    },
  });
}
