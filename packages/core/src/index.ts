/**
 * @dossier/core — expected pieces, dossier lifecycle, completeness, audit and
 * reminders for insurance CRMs. No DOM, no UI: runs in browsers, workers and Node.
 *
 * This entry is for hosts: the client, the model, errors, rules, files,
 * reminders, the observer bindings are built on, and the storages a host
 * hands to the client. Adapter authors: `@dossier/core/adapter`. Tests:
 * `@dossier/core/testing`.
 * @packageDocumentation
 */
export { createDossierClient } from './client/create-dossier-client.js';
export type {
  AddDocumentOptions,
  AuditRow,
  ClientAuditQuery,
  ComposeReminderOptions,
  DocumentRejection,
  DocumentSource,
  DossierClient,
  DossierClientEvent,
  DossierClientListener,
  DossierClientOptions,
  DossierReminderPlan,
  RecordReminderOptions,
  ReminderEmailLinks,
  ScheduleRemindersOptions,
} from './client/dossier-client.js';

export type { RiskType } from './model/risk-type.js';
export type { ClientProfile, Condition, ProfileValue, Requirement } from './model/requirement.js';
export type { ExpectedPiece, ExpectedPieceInput, ExpectedPiecePatch } from './model/expected-piece.js';
export type { Dossier, DossierClientInfo, DossierPhase, OpenDossierInput, Waiver } from './model/dossier.js';
export type { CollectedDocument, DocumentState } from './model/collected-document.js';
export type { DocumentOrigin } from './model/document-origin.js';
export { REJECTION_REASONS, type DocumentReview, type DocumentReviewStatus, type RejectionReason } from './model/document-review.js';
export { PIECE_REVIEW_POLICIES, type PieceReviewPolicy } from './model/piece-review-policy.js';
export type { CreatedUploadLink, CreateUploadLinkOptions, UploadLink, UploadLinkState, UploadLinkStatus } from './model/upload-link.js';
export { UPLOAD_LINK_LIMITS } from './links/upload-link-limits.js';
export { uploadLinkState } from './links/upload-link-state.js';
export type {
  PortalConnection,
  PortalDocument,
  PortalPiece,
  PortalPieceStatus,
  PortalUploadOptions,
  PortalView,
} from './portal/portal-view.js';
export type { Completeness, PieceStatus, PieceStatusStep, PieceStatusValue, RequiredReason } from './model/completeness.js';
export type { ReminderDraft, ReminderOrigin, ReminderRecord } from './model/reminder.js';
export type {
  EffectiveReminderPolicy,
  IsoWeekday,
  ReminderEscalation,
  ReminderPolicy,
  ReminderPolicySettings,
  ReminderPolicySource,
  SendWindow,
} from './model/reminder-policy.js';
export type { ReminderSchedule, ReminderScheduleState, ReminderStopReason } from './model/reminder-schedule.js';
export type { DueReminder, ReminderHistory, ReminderPlan, ReminderPlanStatus } from './model/reminder-plan.js';
export type { SummaryReminders } from './model/summary-reminders.js';
export type { DossierSummary, SummaryPiece } from './model/dossier-summary.js';

export { DossierError, isDossierError } from './errors/dossier-error.js';
export type { DossierErrorDetails } from './errors/dossier-error-details.js';
export type { DossierReason, SimpleReasonKey } from './errors/dossier-reason.js';
export { DOSSIER_ERROR_CODES, type DossierErrorCode } from './errors/dossier-error-code.js';
export { LOCALES, type BuiltInLocale, type DossierLocales, type Locale } from './i18n/locale.js';
export { toLocale } from './i18n/to-locale.js';
export { registerCoreLocale, loadCoreLocale, type CoreTranslationLoader } from './i18n/core-locale-registry.js';
export { LocaleRegistry, type LocaleLoader, type LocaleRegistryOptions } from './i18n/locale-registry.js';
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
export { summaryAt } from './completeness/summary-at.js';
export { validateRequirement } from './requirement/validate-requirement.js';
export { evaluateCondition } from './requirement/evaluate-condition.js';
export { isPieceRequired, type PieceRequirement } from './requirement/is-piece-required.js';
export { validateCondition, type ConditionLocation } from './requirement/validate-condition.js';
export { CONDITION_LIMITS } from './requirement/condition-limits.js';

export type { IntakeProgress } from './machines/file-intake-machine.js';

export type { FileCandidate, FileRules, ValidatedFile } from './files/validate-file.js';
export { validateFile } from './files/validate-file-on-demand.js';
export { describeMediaType, describeAcceptList } from './i18n/describe-media-type.js';
export { mediaTypeMatches } from './files/media-type-matches.js';
export { DEFAULT_MAX_BYTES } from './files/default-max-bytes.js';
export type { FileDamage } from './files/file-damage.js';

export type { ReminderTransport } from './reminders/reminder-transport.js';
export type { ReminderContext, ReminderPieceLine, ReminderTemplates } from './reminders/reminder-templates.js';
export { reminders as reminderTemplatesFr } from './locales/fr.js';
export { reminders as reminderTemplatesEn } from './locales/en.js';
export { createMailtoTransport } from './reminders/mailto-transport.js';
export { createCallbackTransport } from './reminders/callback-transport.js';
export { isValidEmail } from './reminders/is-valid-email.js';
export { assertSafeDraft } from './reminders/assert-safe-draft.js';
export { fillUploadLink, hasUploadLinkPlaceholder } from './reminders/fill-upload-link.js';
export type { ReminderEmail } from './reminders/reminder-email.js';
export type { ReminderEmailContext, ReminderEmailTemplates } from './reminders/reminder-email-templates.js';
export { planReminders } from './schedules/plan-reminders.js';
export { nextReminderAt } from './schedules/next-reminder-at.js';
export { isInSendWindow } from './schedules/is-in-send-window.js';
export { sendWindowStart } from './schedules/send-window-start.js';
export { validateReminderPolicy, REMINDER_POLICY_LIMITS } from './schedules/validate-reminder-policy.js';
export { DEFAULT_REMINDER_POLICY } from './schedules/default-reminder-policy.js';

export { createMemoryStorage, type MemoryStorageOptions } from './storage/memory-storage.js';
export type { StoragePort } from './storage/storage-port.js';
export type { StorageCapabilities } from './storage/storage-capabilities.js';
export type { AuditOrder, AuditPage } from './storage/audit-query.js';
export { AUDIT_DEFAULTS } from './storage/audit-defaults.js';

export { QueryObserver } from './observer/query-observer.js';
export type { QueryDefinition } from './observer/query-definition.js';
export type { QueryState, QueryStatus } from './observer/query-state.js';
export { dossierQueries } from './observer/dossier-queries.js';
export { AuditWindow, type AuditWindowFilters, type AuditWindowOptions, type AuditWindowStatus } from './observer/audit-window.js';
