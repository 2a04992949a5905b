import type { AuditPage, AuditQuery } from './audit-query.js';
import type { StorageCapabilities } from './storage-capabilities.js';
import type { ChangeScope, StorageChangeListener } from './storage-change.js';
import type { StorageOperation } from './storage-operation.js';
import type { ChildKind, RecordKind, StorageRecords } from './storage-records.js';

/**
 * The interface a storage adapter implements: plain JSON records plus Blobs.
 *
 * Nine methods. Reads return copies (a caller mutating a result changes nothing
 * stored). Every write goes through `commit`, which is atomic: all its
 * operations land or none does. Failures are `DossierError`s: `conflict` when an
 * `ifRevision` does not match, `quota-exceeded`, `storage-unavailable`.
 */
export interface StoragePort {
  readonly capabilities: StorageCapabilities;
  /** One record by id, or `undefined`. */
  get<K extends RecordKind>(kind: K, id: string): Promise<StorageRecords[K] | undefined>;
  /** Several records by id, `undefined` where missing, in the order of `ids`. */
  getMany<K extends RecordKind>(kind: K, ids: readonly string[]): Promise<(StorageRecords[K] | undefined)[]>;
  /** Every risk type. */
  listRiskTypes(): Promise<StorageRecords['riskType'][]>;
  /** Records of a kind that belong to one parent (see `ChildRecordParents`). Unordered. */
  listChildren<K extends ChildKind>(kind: K, parentId: string): Promise<StorageRecords[K][]>;
  /** The bytes of a document, or `undefined`. */
  getBlob(documentId: string): Promise<Blob | undefined>;
  /** An indexed page of dossier summaries; must not scan every dossier. */
  queryAudit(query: AuditQuery): Promise<AuditPage>;
  /**
   * Apply every operation atomically, checking `ifRevision`s first, then tell
   * subscribers (here and, where the storage can, in other contexts) that
   * `scope` changed. Core always passes the dossiers and risk types it touched.
   */
  commit(operations: readonly StorageOperation[], scope: ChangeScope): Promise<void>;
  /** Be told of every commit; returns the unsubscribe function. */
  subscribe(listener: StorageChangeListener): () => void;
  /** Release connections; the storage is unusable afterwards. */
  close(): Promise<void>;
}
