import '../checklist/define.js';
import { DossierBadge } from './dossier-badge.component.js';

if (!customElements.get('dossier-badge')) customElements.define('dossier-badge', DossierBadge);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-badge': DossierBadge;
  }
}
