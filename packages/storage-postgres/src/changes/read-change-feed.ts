import type { SqlExecutor } from '../sql/sql-client.js';
import type { ChangeFeedEntry, ChangeFeedPage } from './change-feed-page.js';

/** Most entries one page returns; a client far behind catches up page by page. */
const PAGE = 1000;

/**
 * The commits of a tenant after `since`, oldest first (without `since`: only
 * the head, so that a new listener starts from now). Sequence numbers are
 * given in commit order (the head row is locked until each commit ends), so a
 * reader never skips a commit that lands later with a smaller number.
 */
export async function readChangeFeed(sql: SqlExecutor, tenantId: string, since: number | undefined): Promise<ChangeFeedPage> {
  const { rows: heads } = await sql.query<{ seq: number | string }>('SELECT seq FROM dossier_change_head WHERE tenant_id = $1', [tenantId]);
  const head = Number(heads[0]?.seq ?? 0);
  if (since === undefined || since >= head) return { seq: head, changes: [] };
  const { rows } = await sql.query<{ seq: number | string; commit_id: string; dossier_ids: string; risk_type_ids: string }>(
    'SELECT seq, commit_id, dossier_ids, risk_type_ids FROM dossier_change WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [tenantId, since, PAGE],
  );
  const changes: ChangeFeedEntry[] = rows.map((row) => ({
    seq: Number(row.seq),
    commitId: row.commit_id,
    dossierIds: JSON.parse(row.dossier_ids) as string[],
    riskTypeIds: JSON.parse(row.risk_type_ids) as string[],
  }));
  return { seq: changes.length === PAGE ? (changes[changes.length - 1]?.seq ?? head) : head, changes };
}
