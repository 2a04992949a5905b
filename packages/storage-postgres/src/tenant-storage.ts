import { DossierError, type StorageCapabilities } from '@dossier/core';
import {
  CHILD_PARENT_FIELD,
  RECORD_KINDS,
  notifyStorageListeners,
  type AuditQuery,
  type ChangeScope,
  type ChildKind,
  type RecordKind,
  type StorageChangeListener,
  type StorageOperation,
  type StorageRecords,
} from '@dossier/core/adapter';
import { queryPostgresAudit } from './audit/query-postgres-audit.js';
import type { BlobStore } from './blobs/blob-store.js';
import { readChangeFeed } from './changes/read-change-feed.js';
import type { PostgresCommitOptions } from './commit/postgres-commit-options.js';
import { readDocumentBlob, readRecordBodies } from './commit/read-in-transaction.js';
import { runCommit } from './commit/run-commit.js';
import { toDossierError } from './errors/to-dossier-error.js';
import type { CommitRefusal, PostgresStorage } from './postgres-storage.js';
import { isStorableText, requireKeyText } from './records/require-key-text.js';
import type { SqlClient } from './sql/sql-client.js';

/** How a database hands a tenant storage the changes other connections commit. */
export interface RemoteChangeSink {
  readonly sourceId: string;
  /** Whether anyone listens (the database skips sinks nobody listens to). */
  listening(): boolean;
  deliver(scope: ChangeScope): void;
}

/** What a tenant storage is made of. Internal to the package. */
export interface TenantStorageParts {
  readonly sql: SqlClient;
  readonly blobs: BlobStore;
  readonly tenantId: string;
  readonly sourceId: string;
  readonly beforeApply?: (operation: StorageOperation, index: number) => void;
  /** Registers for remote changes; returns the unregistration. */
  register(sink: RemoteChangeSink): () => void;
}

/** Feed entries and refusals are kept this long (idempotency keys must hold 24 hours). */
const RETENTION = '25 hours';
/** Every this many commits, a commit prunes the tenant's old feed entries. */
const PRUNE_EVERY = 500;

/** The StoragePort of one tenant on a database. Internal: `PostgresDatabase.storage` makes them. */
export function createTenantStorage(parts: TenantStorageParts): PostgresStorage {
  const { sql, blobs, sourceId } = parts;
  const tenantId = requireKeyText(parts.tenantId, 'tenantId');
  const listeners = new Set<StorageChangeListener>();
  let closed = false;
  // Registered with the database only while someone listens: a server makes a storage per request
  // and never subscribes, and those must not pile up in the database's list of listeners.
  let unregister: (() => void) | undefined;
  const sink: RemoteChangeSink = {
    sourceId,
    listening: () => listeners.size > 0,
    deliver: (scope) => {
      if (!closed) notifyStorageListeners(listeners, { ...scope, origin: 'remote' });
    },
  };

  const run = async <T>(body: () => Promise<T>): Promise<T> => {
    if (closed) throw new DossierError('storage-unavailable', { reason: 'closed' });
    try {
      return await body();
    } catch (error) {
      throw toDossierError(error);
    }
  };
  const requireKind = (kind: unknown): RecordKind => {
    if (!RECORD_KINDS.includes(kind as RecordKind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
    return kind as RecordKind;
  };
  const requireString = (value: unknown, field: string): string => {
    if (typeof value !== 'string') throw new DossierError('invalid-input', { field, reason: 'a string id' });
    return value;
  };
  const parse = <T>(body: string | undefined): T | undefined => (body === undefined ? undefined : (JSON.parse(body) as T));

  const commitWith = (operations: readonly StorageOperation[], scope: ChangeScope, options: PostgresCommitOptions = {}) =>
    run(async () => {
      const receipt = await runCommit(
        { sql, blobs, tenantId, sourceId, ...(parts.beforeApply ? { beforeApply: parts.beforeApply } : {}) },
        operations,
        scope,
        options,
      );
      if (!receipt.replayed) {
        notifyStorageListeners(listeners, { dossierIds: scope.dossierIds, riskTypeIds: scope.riskTypeIds, origin: 'local' });
        if (receipt.seq % PRUNE_EVERY === 0) void prune();
      }
      return receipt;
    });

  const prune = async (): Promise<void> => {
    await sql
      .query(`DELETE FROM dossier_change WHERE tenant_id = $1 AND at < now() - interval '${RETENTION}'`, [tenantId])
      .catch(() => undefined);
    await sql
      .query(`DELETE FROM dossier_commit_refusal WHERE tenant_id = $1 AND at < now() - interval '${RETENTION}'`, [tenantId])
      .catch(() => undefined);
  };

  const capabilities: StorageCapabilities = { persistent: true, crossContextChanges: true, maxBlobBytes: blobs.maxBytes };

  return {
    tenantId,
    capabilities,
    get: <K extends RecordKind>(kind: K, id: string) =>
      run(async () => {
        const [body] = await readRecordBodies(sql, tenantId, requireKind(kind), [requireString(id, 'id')]);
        return parse<StorageRecords[K]>(body);
      }),
    getMany: <K extends RecordKind>(kind: K, ids: readonly string[]) =>
      run(async () => {
        requireKind(kind);
        if (!Array.isArray(ids)) throw new DossierError('invalid-input', { field: 'ids' });
        ids.forEach((id) => requireString(id, 'ids'));
        const bodies = await readRecordBodies(sql, tenantId, kind, ids);
        return bodies.map((body) => parse<StorageRecords[K]>(body));
      }),
    listRiskTypes: () =>
      run(async () => {
        const { rows } = await sql.query<{ body: string }>("SELECT body FROM dossier_record WHERE tenant_id = $1 AND kind = 'riskType'", [
          tenantId,
        ]);
        return rows.map((row) => JSON.parse(row.body) as StorageRecords['riskType']);
      }),
    listChildren: <K extends ChildKind>(kind: K, parentId: string) =>
      run(async () => {
        if (!Object.hasOwn(CHILD_PARENT_FIELD, kind)) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
        if (!isStorableText(requireString(parentId, 'parentId'))) return [];
        const { rows } = await sql.query<{ body: string }>(
          'SELECT body FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND parent_id = $3',
          [tenantId, kind, parentId],
        );
        return rows.map((row) => JSON.parse(row.body) as StorageRecords[K]);
      }),
    getBlob: (documentId: string) =>
      run(async () => {
        if (!isStorableText(requireString(documentId, 'documentId'))) return undefined;
        const row = await readDocumentBlob(sql, tenantId, documentId);
        return row ? blobs.get({ tenantId, digest: row.digest }, row.mediaType) : undefined;
      }),
    openBlob: (documentId: string) =>
      run(async () => {
        if (!isStorableText(requireString(documentId, 'documentId'))) return undefined;
        const row = await readDocumentBlob(sql, tenantId, documentId);
        if (!row) return undefined;
        const opened = await blobs.open({ tenantId, digest: row.digest });
        return opened ? { ...opened, mediaType: row.mediaType, digest: row.digest } : undefined;
      }),
    // One statement (one snapshot) in the common case; no transaction round trips.
    queryAudit: (query: AuditQuery) => run(() => queryPostgresAudit(sql, tenantId, query)),
    async commit(operations: readonly StorageOperation[], scope: ChangeScope) {
      await commitWith(operations, scope);
    },
    commitWith,
    changes: (since?: number, options: { lookBackMs?: number } = {}) =>
      run(async () => {
        if (since !== undefined && (!Number.isSafeInteger(since) || since < 0)) throw new DossierError('invalid-input', { field: 'since' });
        return readChangeFeed(sql, tenantId, since, options.lookBackMs);
      }),
    rememberRefusal: (refusal: CommitRefusal) =>
      run(async () => {
        await sql.query(
          `INSERT INTO dossier_commit_refusal (tenant_id, principal, commit_id, fingerprint, status, content_type, body) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (tenant_id, principal, commit_id) DO NOTHING`,
          [tenantId, refusal.principal, refusal.commitId, refusal.fingerprint, refusal.status, refusal.contentType, refusal.body],
        );
      }),
    findRefusal: (principal: string, commitId: string) =>
      run(async () => {
        if (!isStorableText(commitId) || !isStorableText(principal)) return undefined;
        const { rows } = await sql.query<{ fingerprint: string; status: number; content_type: string; body: string }>(
          'SELECT fingerprint, status, content_type, body FROM dossier_commit_refusal WHERE tenant_id = $1 AND principal = $2 AND commit_id = $3',
          [tenantId, principal, commitId],
        );
        const row = rows[0];
        return row
          ? { commitId, principal, fingerprint: row.fingerprint, status: Number(row.status), contentType: row.content_type, body: row.body }
          : undefined;
      }),
    subscribe(listener: StorageChangeListener) {
      if (typeof listener !== 'function') throw new DossierError('invalid-input', { field: 'listener' });
      if (closed) return () => undefined;
      listeners.add(listener);
      unregister ??= parts.register(sink);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unregister?.();
          unregister = undefined;
        }
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      unregister?.();
      unregister = undefined;
    },
  };
}
