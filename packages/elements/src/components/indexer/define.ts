/**
 * Registers `<dossier-indexer>`. `import '@dossier/elements/define/indexer';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierIndexer } from './dossier-indexer.component.js';

DossierIndexer.define('dossier-indexer');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-indexer': DossierIndexer;
  }
}
