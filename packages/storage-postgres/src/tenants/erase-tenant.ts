import { randomUUID } from 'node:crypto';
import { CHANGE_CHANNEL, encodeChangeNotification } from '../changes/change-notification.js';
import type { SqlClient } from '../sql/sql-client.js';

/**
 * Deletes every record, summary, counter, document reference, feed entry
 * and stored refusal of a tenant, in one transaction, and tells the tenant's
 * listeners through the feed (one entry naming every dossier and risk type
 * that was there), so that open clients reload what vanished. The feed keeps
 * counting from where it was. The bytes become unreferenced and go with the
 * next `sweepBlobs`.
 */
export async function eraseTenant(sql: SqlClient, tenantId: string): Promise<void> {
  await sql.transaction(async (tx) => {
    const { rows } = await tx.query<{ kind: string; id: string }>(
      "SELECT kind, id FROM dossier_record WHERE tenant_id = $1 AND kind IN ('dossier', 'riskType')",
      [tenantId],
    );
    const scope = {
      dossierIds: rows.filter((row) => row.kind === 'dossier').map((row) => row.id),
      riskTypeIds: rows.filter((row) => row.kind === 'riskType').map((row) => row.id),
    };
    for (const table of [
      'dossier_record',
      'dossier_summary',
      'dossier_summary_count',
      'dossier_document_blob',
      'dossier_change',
      'dossier_commit_refusal',
      'dossier_reminder_outbox',
      'dossier_reminder_planning',
    ]) {
      await tx.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [tenantId]);
    }
    const { rows: heads } = await tx.query<{ seq: number | string }>(
      `INSERT INTO dossier_change_head (tenant_id, seq) VALUES ($1, 1)
       ON CONFLICT (tenant_id) DO UPDATE SET seq = dossier_change_head.seq + 1 RETURNING seq`,
      [tenantId],
    );
    const seq = Number(heads[0]?.seq);
    await tx.query(
      `INSERT INTO dossier_change (tenant_id, seq, commit_id, principal, fingerprint, dossier_ids, risk_type_ids) VALUES ($1, $2, $3, '', NULL, $4, $5)`,
      [tenantId, seq, `erase-${randomUUID()}`, JSON.stringify(scope.dossierIds), JSON.stringify(scope.riskTypeIds)],
    );
    await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, encodeChangeNotification({ tenantId, sourceId: 'erase', seq, scope })]);
  });
}
