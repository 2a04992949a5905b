/**
 * Registers `<dossier-piece-options>`. `import '@dossier/elements/define/piece-options';`
 * (`<dossier-pieces-editor>` registers it too.) A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierPieceOptions } from './dossier-piece-options.component.js';

DossierPieceOptions.define('dossier-piece-options');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-piece-options': DossierPieceOptions;
  }
}
