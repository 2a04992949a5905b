/**
 * @dossier/core — expected pieces, dossier lifecycle, completeness, audit and
 * reminders for insurance CRMs. No DOM, no UI: runs in browsers, workers and Node.
 * @packageDocumentation
 */
export { createDossierClient } from './client/create-dossier-client.js';
export type {
  AddDocumentOptions,
  AuditRow,
  ClientAuditQuery,
  ComposeReminderOptions,
  DocumentSource,
  DossierClient,
  DossierClientEvent,
  DossierClientListener,
  DossierClientOptions,
} from './client/dossier-client.js';

export type { RiskType } from './model/risk-type.js';
export type { ClientProfile, Condition, ProfileValue, Requirement } from './model/requirement.js';
export type { ExpectedPiece, ExpectedPieceInput, ExpectedPiecePatch } from './model/expected-piece.js';
export type { Dossier, DossierClientInfo, DossierPhase, OpenDossierInput, Waiver } from './model/dossier.js';
export type { CollectedDocument, DocumentState } from './model/collected-document.js';
export type { Completeness, PieceStatus, PieceStatusStep, PieceStatusValue, RequiredReason } from './model/completeness.js';
export type { ReminderDraft, ReminderRecord } from './model/reminder.js';
export type { DossierSummary, SummaryPiece } from './model/dossier-summary.js';

export { DossierError, isDossierError } from './errors/dossier-error.js';
export type { DossierErrorDetails } from './errors/dossier-error-details.js';
export type { DossierReason, SimpleReasonKey } from './errors/dossier-reason.js';
export { DOSSIER_ERROR_CODES, type DossierErrorCode } from './errors/dossier-error-code.js';
export { LOCALES, toLocale, type BuiltInLocale, type DossierLocales, type Locale } from './i18n/locale.js';
export { registerCoreLocale, loadCoreLocale, type CoreTranslationLoader } from './i18n/core-locale-registry.js';
export type { CoreTranslation } from './i18n/core-translation.js';
export type { ErrorMessages, ErrorMessageBuilder } from './i18n/error-messages.js';
export type { ErrorWords } from './i18n/error-words.js';
export type { ReasonMessages, RequirementProblemMessages } from './i18n/reason-messages.js';
export type { MediaTypeLabels } from './i18n/media-type-labels.js';
export type { RequirementProblem } from './requirement/requirement-problem.js';
export { pickText, type LocalizedText } from './i18n/localized-text.js';
export { intlLocale } from './i18n/intl-locale.js';
export { pluralRule, type PluralForms, type PluralRule } from './i18n/plural-rule.js';
export { formatBytes } from './i18n/format-bytes.js';

export { computeCompleteness } from './completeness/compute-completeness.js';
export type { CompletenessInput } from './completeness/completeness-input.js';
export { summarizeDossier } from './completeness/summarize-dossier.js';
export { summaryAt } from './completeness/summary-at.js';
export { validateRequirement } from './requirement/validate-requirement.js';
export { evaluateCondition } from './requirement/evaluate-condition.js';
export { isPieceRequired, type PieceRequirement } from './requirement/is-piece-required.js';
export { validateCondition, type ConditionLocation } from './requirement/validate-condition.js';
export { CONDITION_LIMITS } from './requirement/condition-limits.js';

export { dossierMachine, type DossierMachineEvent } from './machines/dossier-machine.js';
export { decideDossierEvent } from './machines/decide-dossier-event.js';
export { fileIntakeMachine, runFileIntake, type IntakeProgress } from './machines/file-intake-machine.js';

export { validateFile, type FileCandidate, type FileRules, type ValidatedFile } from './files/validate-file.js';
export { sniffMediaType } from './files/sniff-media-type.js';
export { inspectFile } from './files/inspect-file.js';
export type { FileInspection } from './files/file-inspection.js';
export type { FileDamage } from './files/file-damage.js';
export { nameForMediaType } from './files/name-for-media-type.js';
export { describeMediaType, describeAcceptList } from './i18n/describe-media-type.js';
export { mediaTypeMatches } from './files/media-type-matches.js';
export { cleanFileName } from './files/clean-file-name.js';
export { sha256Hex } from './files/sha256-hex.js';
export { DEFAULT_MAX_BYTES } from './files/default-max-bytes.js';

export type { ReminderTransport } from './reminders/reminder-transport.js';
export type { ReminderContext, ReminderPieceLine, ReminderTemplates } from './reminders/reminder-templates.js';
export { reminders as reminderTemplatesFr } from './locales/fr.js';
export { reminders as reminderTemplatesEn } from './locales/en.js';
export { reminderTemplatesFor } from './reminders/default-reminder-templates.js';
export { composeReminder } from './reminders/compose-reminder.js';
export { buildMailtoUrl } from './reminders/mailto-url.js';
export { createMailtoTransport } from './reminders/mailto-transport.js';
export { createCallbackTransport } from './reminders/callback-transport.js';
export { isValidEmail } from './reminders/is-valid-email.js';
export { assertSafeDraft } from './reminders/assert-safe-draft.js';

export { createMemoryStorage, type MemoryStorageOptions } from './storage/memory-storage.js';
export type { StoragePort } from './storage/storage-port.js';
export type { StorageCapabilities } from './storage/storage-capabilities.js';
export type { ChangeScope, StorageChange, StorageChangeListener } from './storage/storage-change.js';
export type {
  CheckChildrenOperation,
  CheckOperation,
  DeleteBlobOperation,
  DeleteOperation,
  ExpectedRevision,
  PutBlobOperation,
  PutOperation,
  StorageOperation,
} from './storage/storage-operation.js';
export { CHILD_PARENT_FIELD, RECORD_KINDS, type ChildKind, type ChildRecordParents, type RecordKind, type StorageRecords } from './storage/storage-records.js';
export type { AuditOrder, AuditPage, AuditQuery } from './storage/audit-query.js';
export { encodeAuditCursor, decodeAuditCursor, type AuditCursorPosition } from './storage/audit-cursor.js';
export { compareAuditRows } from './storage/compare-audit-rows.js';
export { matchesAuditQuery } from './storage/matches-audit-query.js';
export { checkOperations } from './storage/check-operations.js';
export { notifyStorageListeners } from './storage/notify-storage-listeners.js';
export { requestPersistentStorage } from './storage/request-persistent-storage.js';
export { validateAuditQuery } from './storage/validate-audit-query.js';
