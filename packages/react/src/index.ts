/**
 * @dossier/react — the Dossier elements as React components, through `@lit/react`, for React 18
 * hosts (React 19 may also use the elements directly with the JSX types of
 * `@dossier/elements/frameworks/react`). Importing a component registers its element.
 * And hooks on core's observer (`useSummary`, `useCompleteness`, `useAudit`), for a host that draws
 * its own UI on Dossier's engine.
 * @packageDocumentation
 */
export { DossierAudit } from './components/dossier-audit.js';
export { DossierBadge } from './components/dossier-badge.js';
export { DossierChecklist } from './components/dossier-checklist.js';
export { DossierDropZone } from './components/dossier-drop-zone.js';
export { DossierIndexer } from './components/dossier-indexer.js';
export { DossierNewPieceForm } from './components/dossier-new-piece-form.js';
export { DossierPieceOptions } from './components/dossier-piece-options.js';
export { DossierPiecesEditor } from './components/dossier-pieces-editor.js';
export { DossierProvider } from './components/dossier-provider.js';
export { DossierReminder } from './components/dossier-reminder.js';
export { DossierRiskTypeList } from './components/dossier-risk-type-list.js';
export { DossierTracker } from './components/dossier-tracker.js';
export { DossierPortal } from './components/dossier-portal.js';
export {
  DossierClientContext,
  DossierClientProvider,
  useDossierClient,
  type DossierClientProviderProps,
} from './hooks/dossier-client-context.js';
export { useDossierQuery } from './hooks/use-dossier-query.js';
export { useSummary } from './hooks/use-summary.js';
export { useCompleteness } from './hooks/use-completeness.js';
export { useAudit, type AuditView, type UseAuditOptions } from './hooks/use-audit.js';
