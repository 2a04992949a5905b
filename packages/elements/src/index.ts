/**
 * @dossier/elements — Lit web components over @dossier/core. Importing this module
 * registers nothing (import `@dossier/elements/define` for that).
 * @packageDocumentation
 */
export { DossierElement, type DossierEventDetail } from './base/dossier-element.js';
export { LazyView, type ElementViewModule } from './base/lazy-view.js';
export { DossierQueryController, type DossierQueryOptions, type QueryStatus } from './controllers/dossier-query-controller.js';
export { dossierClientContext } from './context/dossier-client-context.js';
export { dossierLocaleContext } from './context/dossier-locale-context.js';
export { dossierStageLabelContext } from './context/dossier-stage-label-context.js';
export type { StageLabel } from './context/stage-label.js';
export { registerLocale, loadLocale, type TranslationLoader } from './i18n/locale-registry.js';
export type { Translation } from './i18n/translation.js';
export type { ElementMessages } from './i18n/element-messages.js';
export type { CommonMessages } from './i18n/common-messages.js';
export type { AuditMessages } from './components/audit/dossier-audit.messages.js';
export type { BadgeMessages } from './components/badge/dossier-badge.messages.js';
export type { ChecklistMessages } from './components/checklist/dossier-checklist.messages.js';
export type { DropZoneMessages } from './components/drop-zone/dossier-drop-zone.messages.js';
export type { IndexerMessages } from './components/indexer/dossier-indexer.messages.js';
export type { PiecesEditorMessages } from './components/pieces-editor/dossier-pieces-editor.messages.js';
export type { ReminderMessages } from './components/reminder/dossier-reminder.messages.js';
export type { PortalMessages } from './components/portal/dossier-portal.messages.js';
export type { TrackerMessages } from './components/tracker/dossier-tracker.messages.js';

export { DossierProvider } from './components/provider/dossier-provider.component.js';
export { DossierBadge } from './components/badge/dossier-badge.component.js';
export { DossierChecklist } from './components/checklist/dossier-checklist.component.js';
export { DossierDropZone } from './components/drop-zone/dossier-drop-zone.component.js';
export { DossierIndexer } from './components/indexer/dossier-indexer.component.js';
export { suggestPiece } from './components/indexer/suggest-piece.js';
export { setPdfWorkerUrl } from './pdf/pdf-worker-url.js';
export { DossierTracker } from './components/tracker/dossier-tracker.component.js';
export { DossierPiecesEditor } from './components/pieces-editor/dossier-pieces-editor.component.js';
export type { ProfileAttributeSuggestion } from './components/pieces-editor/profile-attributes.js';
export { DossierRiskTypeList } from './components/risk-type-list/dossier-risk-type-list.component.js';
export { DossierNewPieceForm } from './components/new-piece-form/dossier-new-piece-form.component.js';
export { DossierPieceOptions } from './components/piece-options/dossier-piece-options.component.js';
export { DossierAudit } from './components/audit/dossier-audit.component.js';
export { DossierReminder } from './components/reminder/dossier-reminder.component.js';
export { DossierPortal } from './components/portal/dossier-portal.component.js';

export type { AcceptKindId } from './components/pieces-editor/accept-kinds.js';
export type { AuditPhaseFilter } from './components/audit/audit-phase-filter.js';
export type { ChecklistGroup } from './components/checklist/checklist-group.js';
export type { DropZoneAddOptions } from './components/drop-zone/dossier-drop-zone.component.js';
export type { DropZoneFile, DropZoneFileStep } from './components/drop-zone/drop-zone-file.js';
export type { ReminderPolicyMessages } from './components/pieces-editor/dossier-pieces-editor.messages.js';
export type { RuleEffect, SimpleOperator } from './components/pieces-editor/requirement-draft.js';
export type * from './events/dossier-events.js';
export type { DossierEventMap } from './events/dossier-event-map.js';
