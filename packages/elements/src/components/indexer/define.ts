import { DossierIndexer } from './dossier-indexer.component.js';

if (!customElements.get('dossier-indexer')) customElements.define('dossier-indexer', DossierIndexer);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-indexer': DossierIndexer;
  }
}
