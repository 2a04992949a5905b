import { DossierAudit } from './dossier-audit.component.js';

if (!customElements.get('dossier-audit')) customElements.define('dossier-audit', DossierAudit);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-audit': DossierAudit;
  }
}
