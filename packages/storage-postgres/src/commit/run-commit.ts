import { randomUUID } from 'node:crypto';
import { DossierError } from '@dossier/core';
import {
  CHILD_PARENT_FIELD,
  type ChangeScope,
  type ChildKind,
  type RecordKind,
  type StorageOperation,
  type StorageRecords,
} from '@dossier/core/adapter';
import { checkOperations } from '@dossier/core/adapter';
import type { BlobStore } from '../blobs/blob-store.js';
import { hashBlob } from '../blobs/hash-blob.js';
import { CHANGE_CHANNEL, encodeChangeNotification } from '../changes/change-notification.js';
import { lockKey } from '../locks/lock-key.js';
import { createLockPlan } from '../locks/lock-plan.js';
import { recordColumns, type RecordColumns } from '../records/record-columns.js';
import { requireKeyText } from '../records/require-key-text.js';
import { summaryColumns, type SummaryColumns } from '../records/summary-columns.js';
import type { SqlExecutor, SqlClient } from '../sql/sql-client.js';
import { assertOperationShapes } from './assert-operation-shapes.js';
import type { CommitView, DocumentBlobRow } from './commit-view.js';
import type { PostgresCommitOptions, PostgresCommitReceipt } from './postgres-commit-options.js';
import { readRecordBodies, readDocumentBlob } from './read-in-transaction.js';

/** What a commit runs against. */
export interface CommitContext {
  readonly sql: SqlClient;
  readonly tenantId: string;
  readonly blobs: BlobStore;
  /** The storage instance committing, named in the notification so that it does not hear itself. */
  readonly sourceId: string;
  /** Test hook: called before each operation is applied; throwing aborts the commit. */
  readonly beforeApply?: (operation: StorageOperation, index: number) => void;
}

/** A stored row as read under the commit's locks. */
interface LockedRow {
  readonly parentId: string | null;
  readonly revision: number;
  readonly body: string;
  /** Summaries only: the counter bucket it is counted in. */
  readonly bucket?: string;
}

const PARENT_KIND: Readonly<Record<ChildKind, RecordKind>> = {
  piece: 'riskType',
  dossier: 'riskType',
  document: 'dossier',
  reminder: 'dossier',
  uploadLink: 'dossier',
};
const isChildKind = (kind: RecordKind): kind is ChildKind => Object.hasOwn(CHILD_PARENT_FIELD, kind);

/**
 * Applies a commit in one SQL transaction, as if it ran alone:
 *
 * 1. Outside the transaction: shapes checked, the bytes of each `putBlob`
 *    hashed and stored by content (a failed commit leaves only unreferenced bytes).
 * 2. Advisory locks, in ascending key order (so two commits never wait on each
 *    other in a cycle): exclusive on everything written and on the parent a
 *    `checkChildren` names, shared on what a `check` names and on the parent
 *    of every child written. Locks cover absent rows too (an `ifRevision: 0`
 *    insert, a dossier joining a risk type whose children another commit checks).
 * 3. Under the locks: stored revisions and child sets read and judged by
 *    `checkOperations`; a mismatch is `conflict` and nothing is written.
 * 4. Writes, the verifier (if any), summary counters, then the tenant's feed
 *    head (the last lock taken: feed numbers follow commit order), the feed
 *    entry and a `NOTIFY`, all committed together.
 */
export async function runCommit(
  context: CommitContext,
  operations: readonly StorageOperation[],
  scope: ChangeScope,
  options: PostgresCommitOptions = {},
): Promise<PostgresCommitReceipt> {
  const { tenantId } = context;
  assertOperationShapes(operations);
  const checkedScope = checkScope(scope);
  const records = new Map<number, RecordColumns>();
  const summaries = new Map<number, SummaryColumns>();
  operations.forEach((operation, index) => {
    if (operation.op === 'put') {
      if (operation.kind === 'summary') summaries.set(index, summaryColumns(operation.value));
      else records.set(index, recordColumns(operation.kind, operation.value));
    } else if (operation.op === 'delete' || operation.op === 'check') requireKeyText(operation.id, 'id');
    else if (operation.op === 'checkChildren') {
      requireKeyText(operation.parentId, 'parentId');
      operation.ids.forEach((id) => requireKeyText(id, 'ids'));
    } else requireKeyText(operation.documentId, 'documentId');
  });
  if (options.commitId !== undefined) requireKeyText(options.commitId, 'commitId');

  const blobRows = new Map<number, DocumentBlobRow>();
  for (const [index, operation] of operations.entries()) {
    if (operation.op !== 'putBlob') continue;
    const digest = await hashBlob(operation.blob);
    await context.blobs.put({ tenantId, digest }, operation.blob);
    blobRows.set(index, { digest, size: operation.blob.size, mediaType: operation.blob.type });
  }

  const idOf = (operation: StorageOperation, index: number): string => {
    switch (operation.op) {
      case 'put':
        return (records.get(index) ?? summaries.get(index))?.id ?? '';
      case 'delete':
      case 'check':
        return operation.id;
      default:
        return '';
    }
  };

  return context.sql.transaction(async (tx) => {
    const commitId = options.commitId ?? randomUUID();
    const principal = options.principal ?? '';
    if (options.commitId !== undefined) {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [String(lockKey(tenantId, 'commit', principal, commitId))]);
      const { rows } = await tx.query<{ seq: number | string; fingerprint: string | null }>(
        'SELECT seq, fingerprint FROM dossier_change WHERE tenant_id = $1 AND principal = $2 AND commit_id = $3',
        [tenantId, principal, commitId],
      );
      const landed = rows[0];
      if (landed) {
        if ((landed.fingerprint ?? null) !== (options.fingerprint ?? null)) {
          throw new DossierError('invalid-input', { field: 'Idempotency-Key', reason: 'already used for another commit' });
        }
        return { seq: Number(landed.seq), commitId, replayed: true };
      }
    }

    // What the commit names, by kind: rows to lock and read.
    const named = new Map<RecordKind, Set<string>>();
    const name = (kind: RecordKind, id: string) => {
      let ids = named.get(kind);
      if (!ids) named.set(kind, (ids = new Set()));
      ids.add(id);
    };
    operations.forEach((operation, index) => {
      if (operation.op === 'put' || operation.op === 'delete' || operation.op === 'check') name(operation.kind, idOf(operation, index));
    });

    // Parents of the children written, as stored: read before locking to know which parents to lock, checked again after.
    const parentsSeen = await readParents(tx, tenantId, named);

    const plan = createLockPlan(tenantId);
    operations.forEach((operation, index) => {
      switch (operation.op) {
        case 'put':
        case 'delete': {
          const id = idOf(operation, index);
          plan.exclusive(operation.kind, id);
          if (isChildKind(operation.kind)) {
            const parentKind = PARENT_KIND[operation.kind];
            const newParent = operation.op === 'put' ? records.get(index)?.parentId : null;
            if (newParent) plan.shared(parentKind, newParent);
            const oldParent = parentsSeen.get(`${operation.kind}\u0000${id}`);
            if (oldParent) plan.shared(parentKind, oldParent);
          }
          break;
        }
        case 'check':
          plan.shared(operation.kind, operation.id);
          break;
        case 'checkChildren':
          plan.exclusive(PARENT_KIND[operation.kind], operation.parentId);
          break;
        default:
          plan.exclusive('blob', operation.documentId);
      }
    });
    const locks = plan.build();
    if (locks.keys.length > 0) await tx.query('SELECT dossier_lock_keys($1::bigint[], $2::boolean[])', [locks.keys, locks.exclusive]);

    const locked = await readLocked(tx, tenantId, named);
    for (const [kind, ids] of named) {
      if (!isChildKind(kind)) continue;
      for (const id of ids) {
        // A child that changed parent (or appeared) between the first read and the locks: its parent was not locked.
        if ((locked.get(kind)?.get(id)?.parentId ?? undefined) !== parentsSeen.get(`${kind}\u0000${id}`)) {
          throw new DossierError('conflict', { kind, id });
        }
      }
    }
    const children = new Map<string, string[]>();
    for (const operation of operations) {
      if (operation.op !== 'checkChildren') continue;
      const key = `${operation.kind}\u0000${operation.parentId}`;
      if (children.has(key)) continue;
      const { rows } = await tx.query<{ id: string }>(
        'SELECT id FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND parent_id = $3',
        [tenantId, operation.kind, operation.parentId],
      );
      children.set(
        key,
        rows.map((row) => row.id),
      );
    }
    checkOperations(
      operations,
      (kind, id) => locked.get(kind)?.get(id)?.revision,
      (kind, parentId) => children.get(`${kind}\u0000${parentId}`) ?? [],
    );

    // Counter buckets of the summaries written, before and after.
    const bucketsBefore = new Map<string, string | null>();
    const bucketsAfter = new Map<string, string | null>();
    for (const [id, row] of locked.get('summary') ?? []) bucketsBefore.set(id, row.bucket ?? null);
    for (const id of named.get('summary') ?? []) if (!bucketsBefore.has(id)) bucketsBefore.set(id, null);

    for (const [index, operation] of operations.entries()) {
      context.beforeApply?.(operation, index);
      switch (operation.op) {
        case 'put': {
          const summary = summaries.get(index);
          if (summary) {
            await tx.query(
              `INSERT INTO dossier_summary (tenant_id, id, risk_type_id, phase, incomplete, since, stale_at, valid_from, revision, body, review_pending, reminders_exhausted, reminder_wake_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
               ON CONFLICT (tenant_id, id) DO UPDATE SET risk_type_id = EXCLUDED.risk_type_id, phase = EXCLUDED.phase,
                 incomplete = EXCLUDED.incomplete, since = EXCLUDED.since, stale_at = EXCLUDED.stale_at,
                 valid_from = EXCLUDED.valid_from, revision = EXCLUDED.revision, body = EXCLUDED.body, review_pending = EXCLUDED.review_pending,
                 reminders_exhausted = EXCLUDED.reminders_exhausted, reminder_wake_at = EXCLUDED.reminder_wake_at`,
              [
                tenantId,
                summary.id,
                summary.riskTypeId,
                summary.phase,
                summary.incomplete,
                summary.since,
                summary.staleAt,
                summary.validFrom,
                summary.revision,
                summary.body,
                summary.reviewPending,
                summary.remindersExhausted,
                summary.reminderWakeAt,
              ],
            );
            bucketsAfter.set(summary.id, bucketOf(summary));
          } else {
            const record = records.get(index) as RecordColumns;
            await tx.query(
              `INSERT INTO dossier_record (tenant_id, kind, id, parent_id, revision, body) VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (tenant_id, kind, id) DO UPDATE SET parent_id = EXCLUDED.parent_id, revision = EXCLUDED.revision, body = EXCLUDED.body`,
              [tenantId, operation.kind, record.id, record.parentId, record.revision, record.body],
            );
          }
          break;
        }
        case 'delete':
          if (operation.kind === 'summary') {
            await tx.query('DELETE FROM dossier_summary WHERE tenant_id = $1 AND id = $2', [tenantId, operation.id]);
            bucketsAfter.set(operation.id, null);
          } else {
            await tx.query('DELETE FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND id = $3', [
              tenantId,
              operation.kind,
              operation.id,
            ]);
          }
          break;
        case 'putBlob': {
          const blob = blobRows.get(index) as DocumentBlobRow;
          await tx.query(
            `INSERT INTO dossier_document_blob (tenant_id, document_id, digest, size, media_type) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (tenant_id, document_id) DO UPDATE SET digest = EXCLUDED.digest, size = EXCLUDED.size, media_type = EXCLUDED.media_type`,
            [tenantId, operation.documentId, blob.digest, blob.size, blob.mediaType],
          );
          break;
        }
        case 'deleteBlob':
          await tx.query('DELETE FROM dossier_document_blob WHERE tenant_id = $1 AND document_id = $2', [tenantId, operation.documentId]);
          break;
        default:
          // `check` and `checkChildren` write nothing: checkOperations judged them.
          break;
      }
    }

    if (options.verify) await options.verify(commitView(tx, tenantId, operations, locked));

    const deltas = new Map<string, number>();
    for (const [id, after] of bucketsAfter) {
      const before = bucketsBefore.get(id) ?? null;
      if (before === after) continue;
      if (before !== null) deltas.set(before, (deltas.get(before) ?? 0) - 1);
      if (after !== null) deltas.set(after, (deltas.get(after) ?? 0) + 1);
    }
    // Counter rows in key order, like every lock: two commits never wait on each other's counters in a cycle.
    for (const bucket of [...deltas.keys()].sort()) {
      const delta = deltas.get(bucket) ?? 0;
      if (delta === 0) continue;
      const [phase, incomplete, riskTypeId] = JSON.parse(bucket) as [string, number, string];
      await tx.query(
        `INSERT INTO dossier_summary_count (tenant_id, risk_type_id, phase, incomplete, rows) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, phase, incomplete, risk_type_id) DO UPDATE SET rows = dossier_summary_count.rows + EXCLUDED.rows`,
        [tenantId, riskTypeId, phase, incomplete, delta],
      );
    }

    const { rows: heads } = await tx.query<{ seq: number | string }>(
      `INSERT INTO dossier_change_head (tenant_id, seq) VALUES ($1, 1)
       ON CONFLICT (tenant_id) DO UPDATE SET seq = dossier_change_head.seq + 1 RETURNING seq`,
      [tenantId],
    );
    const seq = Number(heads[0]?.seq);
    await tx.query(
      `INSERT INTO dossier_change (tenant_id, seq, commit_id, principal, fingerprint, dossier_ids, risk_type_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        tenantId,
        seq,
        commitId,
        principal,
        options.fingerprint ?? null,
        JSON.stringify(checkedScope.dossierIds),
        JSON.stringify(checkedScope.riskTypeIds),
      ],
    );
    await tx.query('SELECT pg_notify($1, $2)', [
      CHANGE_CHANNEL,
      encodeChangeNotification({ tenantId, sourceId: context.sourceId, seq, scope: checkedScope }),
    ]);
    return { seq, commitId, replayed: false };
  });
}

/** The scope, checked and copied; ids must be storable like any key. */
function checkScope(scope: ChangeScope): ChangeScope {
  const ids = (value: unknown, field: string): string[] => {
    if (!Array.isArray(value)) throw new DossierError('invalid-input', { field });
    return value.map((id) => requireKeyText(id, field));
  };
  if (!scope || typeof scope !== 'object') throw new DossierError('invalid-input', { field: 'scope' });
  return { dossierIds: ids(scope.dossierIds, 'scope.dossierIds'), riskTypeIds: ids(scope.riskTypeIds, 'scope.riskTypeIds') };
}

/** The counter bucket of a summary: phase, incomplete, risk type (the counter table's key order). */
function bucketOf(summary: Pick<SummaryColumns, 'phase' | 'incomplete' | 'riskTypeId'>): string {
  return JSON.stringify([summary.phase, summary.incomplete, summary.riskTypeId]);
}

/** Stored parents of the child records named, by `kind\0id` (absent records are left out). */
async function readParents(
  tx: SqlExecutor,
  tenantId: string,
  named: ReadonlyMap<RecordKind, ReadonlySet<string>>,
): Promise<Map<string, string>> {
  const parents = new Map<string, string>();
  for (const [kind, ids] of named) {
    if (!isChildKind(kind)) continue;
    const { rows } = await tx.query<{ id: string; parent_id: string | null }>(
      'SELECT id, parent_id FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND id = ANY($3::text[])',
      [tenantId, kind, [...ids]],
    );
    for (const row of rows) if (row.parent_id !== null) parents.set(`${kind}\u0000${row.id}`, row.parent_id);
  }
  return parents;
}

/** The stored rows the commit names, read once its locks are held. */
async function readLocked(
  tx: SqlExecutor,
  tenantId: string,
  named: ReadonlyMap<RecordKind, ReadonlySet<string>>,
): Promise<Map<RecordKind, Map<string, LockedRow>>> {
  const locked = new Map<RecordKind, Map<string, LockedRow>>();
  for (const [kind, ids] of named) {
    const rows = new Map<string, LockedRow>();
    if (kind === 'summary') {
      const result = await tx.query<{
        id: string;
        risk_type_id: string;
        phase: string;
        incomplete: number;
        revision: number;
        body: string;
      }>('SELECT id, risk_type_id, phase, incomplete, revision, body FROM dossier_summary WHERE tenant_id = $1 AND id = ANY($2::text[])', [
        tenantId,
        [...ids],
      ]);
      for (const row of result.rows) {
        rows.set(row.id, {
          parentId: null,
          revision: Number(row.revision),
          body: row.body,
          bucket: bucketOf({
            phase: row.phase as SummaryColumns['phase'],
            incomplete: Number(row.incomplete) as 0 | 1,
            riskTypeId: row.risk_type_id,
          }),
        });
      }
    } else {
      const result = await tx.query<{ id: string; parent_id: string | null; revision: number; body: string }>(
        'SELECT id, parent_id, revision, body FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND id = ANY($3::text[])',
        [tenantId, kind, [...ids]],
      );
      for (const row of result.rows) rows.set(row.id, { parentId: row.parent_id, revision: Number(row.revision), body: row.body });
    }
    locked.set(kind, rows);
  }
  return locked;
}

function commitView(
  tx: SqlExecutor,
  tenantId: string,
  operations: readonly StorageOperation[],
  locked: ReadonlyMap<RecordKind, ReadonlyMap<string, LockedRow>>,
): CommitView {
  return {
    tenantId,
    operations,
    before<K extends RecordKind>(kind: K, id: string) {
      const body = locked.get(kind)?.get(id)?.body;
      return body === undefined ? undefined : (JSON.parse(body) as StorageRecords[K]);
    },
    async get<K extends RecordKind>(kind: K, id: string) {
      const [body] = await readRecordBodies(tx, tenantId, kind, [id]);
      return body === undefined ? undefined : (JSON.parse(body) as StorageRecords[K]);
    },
    async listChildren<K extends ChildKind>(kind: K, parentId: string) {
      const { rows } = await tx.query<{ body: string }>(
        'SELECT body FROM dossier_record WHERE tenant_id = $1 AND kind = $2 AND parent_id = $3',
        [tenantId, kind, parentId],
      );
      return rows.map((row) => JSON.parse(row.body) as StorageRecords[K]);
    },
    blobOf: (documentId) => readDocumentBlob(tx, tenantId, documentId),
  };
}
