import { DossierProvider } from './dossier-provider.component.js';

if (!customElements.get('dossier-provider')) customElements.define('dossier-provider', DossierProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-provider': DossierProvider;
  }
}
