/**
 * Registers every Dossier element, the larger ones a moment later, for a page that wants its first
 * badges sooner: `import '@dossier/elements/define-on-demand';` (instead of `@dossier/elements/define`,
 * which registers every element at once).
 *
 * The badge and what it renders (checklist, drop zone) and the provider are registered at once;
 * the larger elements, rarely the first a page shows (tracker and indexer, pieces editor, audit,
 * reminder composer, portal), load right after, from chunks of their own, so that a page's first
 * badges do not wait for them. Elements already in the page upgrade when their tag is defined, with
 * the properties set on them before; code that calls an element's methods waits for
 * `customElements.whenDefined('dossier-tracker')`.
 * @packageDocumentation
 */
import './components/provider/define.js';
import './components/badge/define.js';
import './components/checklist/define.js';
import './components/drop-zone/define.js';
// Their tags' types, for TypeScript (`document.querySelector('dossier-tracker')` is a DossierTracker): types only, no code.
export type {} from './components/tracker/define.js';
export type {} from './components/indexer/define.js';
export type {} from './components/pieces-editor/define.js';
export type {} from './components/risk-type-list/define.js';
export type {} from './components/new-piece-form/define.js';
export type {} from './components/piece-options/define.js';
export type {} from './components/audit/define.js';
export type {} from './components/reminder/define.js';
export type {} from './components/portal/define.js';

/** Starts loading one chunk of elements now; a chunk that fails to load is said in the console. */
function defineSoon(load: () => Promise<unknown>): void {
  load().catch((error: unknown) => console.error('Dossier: some elements could not be loaded.', error));
}

defineSoon(() => import('./components/tracker/define.js'));
defineSoon(() => import('./components/indexer/define.js'));
defineSoon(() => import('./components/pieces-editor/define.js'));
// The pieces editor's parts, which it registers too; here for a host that uses one alone.
defineSoon(() => import('./components/risk-type-list/define.js'));
defineSoon(() => import('./components/new-piece-form/define.js'));
defineSoon(() => import('./components/piece-options/define.js'));
defineSoon(() => import('./components/audit/define.js'));
defineSoon(() => import('./components/reminder/define.js'));
defineSoon(() => import('./components/portal/define.js'));
