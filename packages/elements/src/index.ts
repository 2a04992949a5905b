/**
 * @dossier/elements — Lit web components over @dossier/core. Importing this module
 * registers nothing (import `@dossier/elements/define` for that).
 * @packageDocumentation
 */
export { DossierElement, type DossierEventDetail } from './base/dossier-element.js';
export { DossierQueryController, type DossierQueryOptions, type QueryStatus } from './controllers/dossier-query-controller.js';
export { dossierClientContext } from './context/dossier-client-context.js';
export { dossierLocaleContext } from './context/dossier-locale-context.js';
export { dossierStageLabelContext } from './context/dossier-stage-label-context.js';
export type { StageLabel } from './context/stage-label.js';
export type { Localized } from './i18n/localized.js';

export { DossierProvider } from './components/provider/dossier-provider.component.js';
export { DossierBadge } from './components/badge/dossier-badge.component.js';
export { DossierChecklist } from './components/checklist/dossier-checklist.component.js';
export { DossierDropZone } from './components/drop-zone/dossier-drop-zone.component.js';
export { DossierIndexer } from './components/indexer/dossier-indexer.component.js';
export { suggestPiece } from './components/indexer/suggest-piece.js';
export { DossierTracker } from './components/tracker/dossier-tracker.component.js';
export { DossierPiecesEditor } from './components/pieces-editor/dossier-pieces-editor.component.js';
export type { ProfileAttributeSuggestion } from './components/pieces-editor/profile-attributes.js';
export { DossierRiskTypeList } from './components/risk-type-list/dossier-risk-type-list.component.js';
export { DossierNewPieceForm } from './components/new-piece-form/dossier-new-piece-form.component.js';
export { DossierPieceOptions } from './components/piece-options/dossier-piece-options.component.js';
export { DossierAudit } from './components/audit/dossier-audit.component.js';
export { DossierReminder } from './components/reminder/dossier-reminder.component.js';

export type * from './events/dossier-events.js';
export type { DossierEventMap } from './events/dossier-event-map.js';
