/**
 * Registers `<dossier-new-piece-form>`. `import '@dossier/elements/define/new-piece-form';`
 * (`<dossier-pieces-editor>` registers it too.) A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierNewPieceForm } from './dossier-new-piece-form.component.js';

DossierNewPieceForm.define('dossier-new-piece-form');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-new-piece-form': DossierNewPieceForm;
  }
}
