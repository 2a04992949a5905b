/**
 * Registers `<dossier-provider>`. `import '@dossier/elements/define/provider';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { defineElement } from '../../registry/define-element.js';
import { DossierProvider } from './dossier-provider.component.js';

defineElement('dossier-provider', DossierProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-provider': DossierProvider;
  }
}
