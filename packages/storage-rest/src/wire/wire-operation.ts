import type { ChildKind, RecordKind, StorageRecords } from '@dossier/core/adapter';

/**
 * One operation of a commit as it travels in the `operations` part of
 * `POST /commits`. A `putBlob` names the multipart part holding its bytes
 * instead of carrying them.
 */
export type WireOperation =
  | { readonly op: 'put'; readonly kind: RecordKind; readonly value: StorageRecords[RecordKind]; readonly ifRevision?: number }
  | { readonly op: 'delete'; readonly kind: RecordKind; readonly id: string; readonly ifRevision?: number }
  | { readonly op: 'putBlob'; readonly documentId: string; readonly part: string; readonly size: number; readonly type: string }
  | { readonly op: 'deleteBlob'; readonly documentId: string }
  | { readonly op: 'check'; readonly kind: RecordKind; readonly id: string; readonly revision: number }
  | { readonly op: 'checkChildren'; readonly kind: ChildKind; readonly parentId: string; readonly ids: readonly string[] };
