/**
 * @dossier/react — the Dossier elements as React components, through `@lit/react`, for React 18
 * hosts (React 19 may also use the elements directly with the JSX types of
 * `@dossier/elements/frameworks/react`). Importing a component registers its element.
 * @packageDocumentation
 */
export { DossierAudit } from './components/dossier-audit.js';
export { DossierBadge } from './components/dossier-badge.js';
export { DossierChecklist } from './components/dossier-checklist.js';
export { DossierDropZone } from './components/dossier-drop-zone.js';
export { DossierIndexer } from './components/dossier-indexer.js';
export { DossierPiecesEditor } from './components/dossier-pieces-editor.js';
export { DossierProvider } from './components/dossier-provider.js';
export { DossierReminder } from './components/dossier-reminder.js';
export { DossierTracker } from './components/dossier-tracker.js';
