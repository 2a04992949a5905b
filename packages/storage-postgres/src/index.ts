/**
 * @dossier/storage-postgres — Dossier's StoragePort on PostgreSQL, for Node:
 * a `pg` pool on a server, or an embedded PGlite in a folder; one schema, one
 * set of versioned migrations, the same SQL on both. Commits are serializable
 * for what they name, the audit is served by indexes, and changes reach other
 * instances through `LISTEN/NOTIFY`.
 * @packageDocumentation
 */
export { createPostgresStorage } from './create-postgres-storage.js';
export type { PostgresStorageOptions } from './postgres-storage-options.js';
export { openPostgresDatabase, type PostgresDatabaseOptions } from './open-postgres-database.js';
export type { PostgresDatabase, TenantStorageOptions } from './postgres-database.js';
export type { CommitRefusal, PostgresStorage, StoredBlobStream } from './postgres-storage.js';
export type { CommitVerifier, CommitView, DocumentBlobRow } from './commit/commit-view.js';
export type { PostgresCommitOptions, PostgresCommitReceipt } from './commit/postgres-commit-options.js';
export type { ChangeFeedEntry, ChangeFeedPage } from './changes/change-feed-page.js';
export type { BlobKey, BlobReadStream, BlobStore } from './blobs/blob-store.js';
export { createDatabaseBlobStore } from './blobs/database-blob-store.js';
export { withKnownDigest } from './blobs/known-digest.js';
export { hashBlob } from './blobs/hash-blob.js';
export type { SqlClient, SqlExecutor, SqlResult, SqlTransactionOptions } from './sql/sql-client.js';
export { toSqlClient, type PostgresConnection } from './sql/to-sql-client.js';
export { MIGRATIONS, type Migration } from './schema/migrations.js';
export { migrateSchema, SCHEMA_VERSION } from './schema/migrate-schema.js';
export { auditStatement, queryPostgresAudit, type SqlStatement } from './audit/query-postgres-audit.js';
export { toDossierError } from './errors/to-dossier-error.js';
