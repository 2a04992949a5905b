/**
 * Registers `<dossier-pieces-editor>`. `import '@dossier/elements/define/pieces-editor';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierPiecesEditor } from './dossier-pieces-editor.component.js';

DossierPiecesEditor.define('dossier-pieces-editor');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-pieces-editor': DossierPiecesEditor;
  }
}
