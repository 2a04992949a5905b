/**
 * Registers `<dossier-badge>` and the elements it renders (`<dossier-checklist>` in its popover, and the checklist's `<dossier-drop-zone>`). `import '@dossier/elements/define/badge';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierBadge } from './dossier-badge.component.js';

DossierBadge.define('dossier-badge');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-badge': DossierBadge;
  }
}
