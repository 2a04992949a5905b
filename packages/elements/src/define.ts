/**
 * Registers every Dossier element. Import it once: `import '@dossier/elements/define';`
 * To register only some, import `@dossier/elements/define/<element>` (`badge`, `tracker`, `audit`…), which
 * registers that element and the ones it renders; or import a class from `@dossier/elements` (which
 * registers nothing) and call `DossierBadge.define('dossier-badge')` or `customElements.define(…)`.
 * Every tag is defined when this module has run; each element but the badge and the provider brings
 * its rendering, styles and French from a chunk of its own, loaded on its first update (see
 * `LazyView`), so `await element.updateComplete` means "rendered". For a page whose first badges
 * should load even less at start, import `@dossier/elements/define-on-demand` instead: it defines the
 * larger elements (tracker, indexer, pieces editor, audit, reminder composer, portal) from chunks
 * loaded right after.
 * @packageDocumentation
 */
import './components/provider/define.js';
import './components/badge/define.js';
import './components/checklist/define.js';
import './components/drop-zone/define.js';
import './components/indexer/define.js';
import './components/tracker/define.js';
import './components/risk-type-list/define.js';
import './components/new-piece-form/define.js';
import './components/piece-options/define.js';
import './components/pieces-editor/define.js';
import './components/audit/define.js';
import './components/reminder/define.js';
import './components/portal/define.js';
