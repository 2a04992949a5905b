import { DossierPiecesEditor } from './dossier-pieces-editor.component.js';

if (!customElements.get('dossier-pieces-editor')) customElements.define('dossier-pieces-editor', DossierPiecesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-pieces-editor': DossierPiecesEditor;
  }
}
