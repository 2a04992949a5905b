import { DossierError } from '../errors/dossier-error.js';
import type { AuditPage, AuditQuery } from './audit-query.js';
import { answerAuditQuery } from './answer-audit-query.js';
import { decodeAuditCursor } from './audit-cursor.js';
import { isOutdated } from './is-outdated.js';
import { compareAuditRows } from './compare-audit-rows.js';
import { matchesAuditQuery } from './matches-audit-query.js';
import type { StorageCapabilities } from './storage-capabilities.js';
import type { ChangeScope, StorageChangeListener } from './storage-change.js';
import type { StorageOperation } from './storage-operation.js';
import type { StoragePort } from './storage-port.js';
import { CHILD_PARENT_FIELD, RECORD_KINDS, type ChildKind, type RecordKind, type StorageRecords } from './storage-records.js';
import { checkOperations } from './check-operations.js';
import { checkScope } from './check-scope.js';
import { notifyStorageListeners } from './notify-storage-listeners.js';
import { AUDIT_DEFAULTS } from './audit-defaults.js';

/** Options of the in-memory storage. */
export interface MemoryStorageOptions {
  /**
   * Test hook: called before each operation of a commit is applied; throwing
   * there aborts the commit, which must then leave nothing written.
   */
  beforeApply?: (operation: StorageOperation, index: number) => void;
}

type Table = Map<string, unknown>;

/**
 * A complete StoragePort in memory, for tests, demos and Node. Nothing
 * survives the process. Records are deep-copied in and out.
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): StoragePort {
  const tables = new Map<RecordKind, Table>(RECORD_KINDS.map((kind) => [kind, new Map()]));
  const blobs = new Map<string, Blob>();
  const listeners = new Set<StorageChangeListener>();
  let closed = false;

  const table = (kind: RecordKind): Table => {
    const found = tables.get(kind);
    if (!found) throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) });
    return found;
  };
  const ensureOpen = (): void => {
    if (closed) throw new DossierError('storage-unavailable', { reason: 'closed' });
  };

  const capabilities: StorageCapabilities = { persistent: false, crossContextChanges: false, maxBlobBytes: Infinity };

  return {
    capabilities,
    async get<K extends RecordKind>(kind: K, id: string) {
      ensureOpen();
      const value = table(kind).get(id);
      return value === undefined ? undefined : (structuredClone(value) as StorageRecords[K]);
    },
    async getMany<K extends RecordKind>(kind: K, ids: readonly string[]) {
      ensureOpen();
      const t = table(kind);
      return ids.map((id) => {
        const value = t.get(id);
        return value === undefined ? undefined : (structuredClone(value) as StorageRecords[K]);
      });
    },
    async listRiskTypes() {
      ensureOpen();
      return [...table('riskType').values()].map((v) => structuredClone(v) as StorageRecords['riskType']);
    },
    async listChildren<K extends ChildKind>(kind: K, parentId: string) {
      ensureOpen();
      const field = CHILD_PARENT_FIELD[kind];
      const out: StorageRecords[K][] = [];
      for (const value of table(kind).values()) {
        if ((value as Record<string, unknown>)[field] === parentId) out.push(structuredClone(value) as StorageRecords[K]);
      }
      return out;
    },
    async getBlob(documentId: string) {
      ensureOpen();
      return blobs.get(documentId);
    },
    async queryAudit(query: AuditQuery): Promise<AuditPage> {
      ensureOpen();
      const summaries = () => [...table('summary').values()] as StorageRecords['summary'][];
      const order = query?.order ?? AUDIT_DEFAULTS.order;
      const after = typeof query?.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
      const matching = () => summaries().filter((s) => matchesAuditQuery(s, query));
      return answerAuditQuery(query, {
        outdated: async (now) =>
          summaries()
            .filter((s) => (!query.phases?.length || query.phases.includes(s.phase)) && isOutdated(s, now))
            .map((s) => structuredClone(s)),
        rows: async (limit, offset) =>
          matching()
            .filter((s) => !after || compareAuditRows(s, after, order) > 0)
            .sort((a, b) => compareAuditRows(a, b, order))
            .slice(offset, offset + limit)
            .map((s) => structuredClone(s)),
        count: async () => matching().length,
      });
    },
    async commit(operations: readonly StorageOperation[], scope: ChangeScope) {
      ensureOpen();
      checkScope(scope);
      checkOperations(
        operations,
        (kind, id) => (table(kind).get(id) as { revision?: number } | undefined)?.revision,
        (kind, parentId) => {
          const field = CHILD_PARENT_FIELD[kind];
          return [...table(kind).values()]
            .filter((v) => (v as Record<string, unknown>)[field] === parentId)
            .map((v) => (v as { id: string }).id);
        },
      );
      // Stage on copies, swap at the end: a throw anywhere leaves every table as it was.
      const staged = new Map<RecordKind, Table>();
      const stagedBlobs = new Map(blobs);
      const stage = (kind: RecordKind): Table => {
        let t = staged.get(kind);
        if (!t) {
          t = new Map(table(kind));
          staged.set(kind, t);
        }
        return t;
      };
      operations.forEach((operation, index) => {
        options.beforeApply?.(operation, index);
        switch (operation.op) {
          case 'put':
            stage(operation.kind).set(operation.value.id, structuredClone(operation.value));
            break;
          case 'delete':
            stage(operation.kind).delete(operation.id);
            break;
          case 'putBlob':
            stagedBlobs.set(operation.documentId, operation.blob);
            break;
          case 'deleteBlob':
            stagedBlobs.delete(operation.documentId);
            break;
          default:
            // `check` and `checkChildren` write nothing: checkOperations judged them.
            break;
        }
      });
      for (const [kind, t] of staged) tables.set(kind, t);
      blobs.clear();
      for (const [id, blob] of stagedBlobs) blobs.set(id, blob);
      notifyStorageListeners(listeners, { ...scope, origin: 'local' });
    },
    subscribe(listener: StorageChangeListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}
