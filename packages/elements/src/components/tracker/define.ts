/**
 * Registers `<dossier-tracker>` and the elements it renders (`<dossier-drop-zone>` and `<dossier-indexer>`). `import '@dossier/elements/define/tracker';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierTracker } from './dossier-tracker.component.js';

DossierTracker.define('dossier-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-tracker': DossierTracker;
  }
}
