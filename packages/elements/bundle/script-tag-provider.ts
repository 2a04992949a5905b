import { DossierProvider } from '../src/components/provider/dossier-provider.component.js';
import { declaredClient } from './declared-storage.js';

/**
 * `<dossier-provider>` of the script-tag bundle: the same provider, which also creates its client
 * from a `storage` attribute when the page gives it none (see `declaredClient`), so that one
 * `<script src="dossier.bundle.iife.js">` and markup are enough.
 */
export class ScriptTagProvider extends DossierProvider {
  override connectedCallback(): void {
    if (!this.client) {
      try {
        this.client = declaredClient(this);
      } catch (error) {
        // A wrong attribute must not stop the page: the elements show "no client", the console says why.
        console.error(`Dossier: <dossier-provider storage="${this.getAttribute('storage')}">:`, error);
      }
    }
    super.connectedCallback();
  }
}
