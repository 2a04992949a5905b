import type { SqlClient } from '../sql/sql-client.js';
import type { BlobKey, BlobReadStream, BlobStore } from './blob-store.js';

/**
 * The default blob store: bytes in the `dossier_blob_content` table of the
 * same database. Fine for the embedded default and for tests; a deployment
 * with many or large files uses a file or S3 store (`@dossier/server`).
 */
export function createDatabaseBlobStore(sql: SqlClient): BlobStore {
  // Bytes travel as base64 text: PGlite moves a 20 MB bytea parameter ten times slower than its base64.
  const read = async (key: BlobKey): Promise<Uint8Array<ArrayBuffer> | undefined> => {
    const { rows } = await sql.query<{ bytes: string }>(
      "SELECT encode(bytes, 'base64') AS bytes FROM dossier_blob_content WHERE tenant_id = $1 AND digest = $2",
      [key.tenantId, key.digest],
    );
    const text = rows[0]?.bytes;
    return text === undefined ? undefined : new Uint8Array(Buffer.from(text, 'base64'));
  };
  return {
    // bytea holds up to 1 GB, and a value is read whole into memory: keep well below.
    maxBytes: 256 * 1024 * 1024,
    async put(key, blob) {
      const bytes = Buffer.from(await blob.arrayBuffer()).toString('base64');
      // Touching an existing row keeps it from a sweep that started before this commit.
      await sql.query(
        `INSERT INTO dossier_blob_content (tenant_id, digest, bytes) VALUES ($1, $2, decode($3, 'base64'))
         ON CONFLICT (tenant_id, digest) DO UPDATE SET touched_at = now()`,
        [key.tenantId, key.digest, bytes],
      );
    },
    async get(key, mediaType) {
      const bytes = await read(key);
      return bytes === undefined ? undefined : new Blob([bytes], { type: mediaType });
    },
    async open(key): Promise<BlobReadStream | undefined> {
      const bytes = await read(key);
      if (bytes === undefined) return undefined;
      return { stream: new Blob([bytes]).stream(), size: bytes.byteLength };
    },
    async sweep(olderThan, isReferenced) {
      const { rows } = await sql.query<{ tenant_id: string; digest: string }>(
        `SELECT c.tenant_id, c.digest FROM dossier_blob_content c
         WHERE c.touched_at < $1
           AND NOT EXISTS (SELECT 1 FROM dossier_document_blob b WHERE b.tenant_id = c.tenant_id AND b.digest = c.digest)`,
        [olderThan.toISOString()],
      );
      let deleted = 0;
      for (const row of rows) {
        const key = { tenantId: row.tenant_id, digest: row.digest };
        if (await isReferenced(key)) continue;
        const result = await sql.query('DELETE FROM dossier_blob_content WHERE tenant_id = $1 AND digest = $2 AND touched_at < $3', [
          key.tenantId,
          key.digest,
          olderThan.toISOString(),
        ]);
        deleted += result.rowCount;
      }
      return deleted;
    },
  };
}
