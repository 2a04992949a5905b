import { DossierChecklist } from './dossier-checklist.component.js';

if (!customElements.get('dossier-checklist')) customElements.define('dossier-checklist', DossierChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-checklist': DossierChecklist;
  }
}
