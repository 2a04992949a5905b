import type { SqlExecutor } from '../sql/sql-client.js';
import type { ChangeFeedEntry, ChangeFeedPage } from './change-feed-page.js';

/** Most entries one page returns; a client far behind catches up page by page. */
const PAGE = 1000;

/**
 * The commits of a tenant after `since`, oldest first. Sequence numbers are
 * given in commit order (the head row is locked until each commit ends), so a
 * reader never skips a commit that lands later with a smaller number.
 *
 * Without `since`, only a position to start from: the head, or with
 * `lookBackMs`, the position before the commits of that last moment. A
 * polling client subscribes, then learns where the feed is with a request
 * that may arrive after a commit it raced with; looking back lets it see that
 * commit (at worst, it hears of a recent change twice).
 */
export async function readChangeFeed(
  sql: SqlExecutor,
  tenantId: string,
  since: number | undefined,
  lookBackMs = 0,
): Promise<ChangeFeedPage> {
  const { rows: heads } = await sql.query<{ seq: number | string }>('SELECT seq FROM dossier_change_head WHERE tenant_id = $1', [tenantId]);
  const head = Number(heads[0]?.seq ?? 0);
  if (since === undefined && lookBackMs > 0) {
    const { rows } = await sql.query<{ first: number | string | null }>(
      `SELECT min(seq) AS first FROM dossier_change WHERE tenant_id = $1 AND at > now() - $2 * interval '1 millisecond'`,
      [tenantId, lookBackMs],
    );
    const first = rows[0]?.first;
    return { seq: first === null || first === undefined ? head : Math.min(head, Number(first) - 1), changes: [] };
  }
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
