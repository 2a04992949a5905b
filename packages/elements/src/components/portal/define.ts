/**
 * Registers `<dossier-portal>`, the client's page behind an upload link. `import '@dossier/elements/define/portal';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierPortal } from './dossier-portal.component.js';

DossierPortal.define('dossier-portal');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-portal': DossierPortal;
  }
}
