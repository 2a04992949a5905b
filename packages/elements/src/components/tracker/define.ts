import { DossierTracker } from './dossier-tracker.component.js';

if (!customElements.get('dossier-tracker')) customElements.define('dossier-tracker', DossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-tracker': DossierTracker;
  }
}
