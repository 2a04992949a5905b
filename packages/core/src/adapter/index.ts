/**
 * @dossier/core/adapter — what a storage adapter author needs beside the
 * `StoragePort` interface: the commit checks and the reads they need, the
 * audit answer shared by every adapter, cursors and ordering, change
 * notification, and the in-memory reference storage.
 * @packageDocumentation
 */
export type { StoragePort } from '../storage/storage-port.js';
export type { StorageCapabilities } from '../storage/storage-capabilities.js';
export type { ChangeScope, StorageChange, StorageChangeListener } from '../storage/storage-change.js';
export type {
  CheckChildrenOperation,
  CheckOperation,
  DeleteBlobOperation,
  DeleteOperation,
  ExpectedRevision,
  PutBlobOperation,
  PutOperation,
  StorageOperation,
} from '../storage/storage-operation.js';
export {
  CHILD_PARENT_FIELD,
  RECORD_KINDS,
  type ChildKind,
  type ChildRecordParents,
  type RecordKind,
  type StorageRecords,
} from '../storage/storage-records.js';
export { DOSSIER_PHASES } from '../model/dossier-phases.js';
export { checkOperations, type StoredChildIds } from '../storage/check-operations.js';
export { commitReads, type ChildSet, type CommitReads } from '../storage/commit-reads.js';
export type { AuditOrder, AuditPage, AuditQuery } from '../storage/audit-query.js';
export { answerAuditQuery, type AuditIndexReads } from '../storage/answer-audit-query.js';
export { splitAuditOffset, type AuditOffsetRange } from '../storage/split-audit-offset.js';
export { isOutdated } from '../storage/is-outdated.js';
export { validateAuditQuery } from '../storage/validate-audit-query.js';
export { encodeAuditCursor, decodeAuditCursor, type AuditCursorPosition } from '../storage/audit-cursor.js';
export { compareAuditRows } from '../storage/compare-audit-rows.js';
export { matchesAuditQuery } from '../storage/matches-audit-query.js';
export { notifyStorageListeners } from '../storage/notify-storage-listeners.js';
export { openChangeChannel, type ChangeChannel } from '../storage/change-channel.js';
export { checkScope } from '../storage/check-scope.js';
export { toDossierError } from '../errors/to-dossier-error.js';
export { readDossierReason } from '../errors/read-dossier-reason.js';
export { createMemoryStorage, type MemoryStorageOptions } from '../storage/memory-storage.js';
export { summarizeDossier } from '../completeness/summarize-dossier.js';
export { summaryAt } from '../completeness/summary-at.js';
export { computeCompleteness } from '../completeness/compute-completeness.js';
export { summarizeDossierRecords, type DossierRecords } from '../completeness/summarize-dossier-records.js';
export { rebuildSummaries, type SummarySources } from '../completeness/rebuild-summaries.js';
// Automatic reminders: what a scheduler indexes, and the policy rules a server re-checks.
export { reminderWakeAt } from '../schedules/reminder-wake-at.js';
export { validateReminderPolicy } from '../schedules/validate-reminder-policy.js';
export { CABINET_POLICY_ID } from '../schedules/cabinet-policy-id.js';
export { requireTimestamp } from '../validation/require-timestamp.js';
export { isBlob } from '../realm/is-blob.js';
export { decideDossierEvent } from '../machines/decide-dossier-event.js';
export { validateFile, type FileCandidate, type FileRules, type ValidatedFile } from '../files/validate-file.js';
export { sha256Hex } from '../files/sha256-hex.js';
export { DossierError, isDossierError } from '../errors/dossier-error.js';
export type { DossierErrorDetails } from '../errors/dossier-error-details.js';
// The field rules core applies when it writes a record, for a server that re-checks records it receives.
export { requireText, type TextRules } from '../validation/require-text.js';
export { requireProfile } from '../validation/require-profile.js';
export { requireAcceptList } from '../validation/require-accept-list.js';
export { requireCount } from '../validation/require-count.js';
export { requireDate } from '../validation/require-date.js';
// What a server re-checks of a received document: its kind read from its bytes, its cleaned name.
export { sniffMediaType } from '../files/sniff-media-type.js';
export { inspectFile } from '../files/inspect-file.js';
export { cleanFileName } from '../files/clean-file-name.js';
export { nameForMediaType } from '../files/name-for-media-type.js';
export type { DossierMachineEvent } from '../machines/dossier-machine.js';
// Upload links: what a server needs to find a token's link (by its hash) and to re-check a link it receives.
export { hashUploadToken } from '../links/hash-upload-token.js';
export { constantTimeEqual } from '../links/constant-time-equal.js';
export { UPLOAD_LINK_LIMITS } from '../links/upload-link-limits.js';
export { needsReview } from '../review/needs-review.js';
