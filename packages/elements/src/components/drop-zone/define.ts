/**
 * Registers `<dossier-drop-zone>`. `import '@dossier/elements/define/drop-zone';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierDropZone } from './dossier-drop-zone.component.js';

DossierDropZone.define('dossier-drop-zone');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-drop-zone': DossierDropZone;
  }
}
