/**
 * Registers `<dossier-checklist>` and the elements it renders (`<dossier-drop-zone>`). `import '@dossier/elements/define/checklist';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierChecklist } from './dossier-checklist.component.js';

DossierChecklist.define('dossier-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-checklist': DossierChecklist;
  }
}
