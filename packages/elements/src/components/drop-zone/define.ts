import { DossierDropZone } from './dossier-drop-zone.component.js';

if (!customElements.get('dossier-drop-zone')) customElements.define('dossier-drop-zone', DossierDropZone);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-drop-zone': DossierDropZone;
  }
}
