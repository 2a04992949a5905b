import type { RecordKind } from '@dossier/core/adapter';
import { isStorableText } from '../records/require-key-text.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import type { DocumentBlobRow } from './commit-view.js';

/**
 * The JSON texts of records by id, in the order of `ids` (`undefined` where
 * absent). Ids PostgreSQL could not hold are absent by construction.
 */
export async function readRecordBodies(
  sql: SqlExecutor,
  tenantId: string,
  kind: RecordKind,
  ids: readonly string[],
): Promise<(string | undefined)[]> {
  const wanted = ids.filter(isStorableText);
  if (wanted.length === 0) return ids.map(() => undefined);
  const { rows } =
    kind === 'summary'
      ? await sql.query<{ id: string; body: string }>(
          'SELECT id, body FROM dossier_summary WHERE tenant_id = $1 AND id = ANY($2::text[])',
          [tenantId, wanted],
        )
      : await sql.query<{ id: string; body: string }>(
          'SELECT id, body FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND id = ANY($3::text[])',
          [tenantId, kind, wanted],
        );
  const byId = new Map(rows.map((row) => [row.id, row.body]));
  return ids.map((id) => byId.get(id));
}

/** Which bytes a document has, or `undefined`. */
export async function readDocumentBlob(sql: SqlExecutor, tenantId: string, documentId: string): Promise<DocumentBlobRow | undefined> {
  const { rows } = await sql.query<{ digest: string; size: number | string; media_type: string }>(
    'SELECT digest, size, media_type FROM dossier_document_blob WHERE tenant_id = $1 AND document_id = $2',
    [tenantId, documentId],
  );
  const row = rows[0];
  return row ? { digest: row.digest, size: Number(row.size), mediaType: row.media_type } : undefined;
}
