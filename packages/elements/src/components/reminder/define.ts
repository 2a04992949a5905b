import { DossierReminder } from './dossier-reminder.component.js';

if (!customElements.get('dossier-reminder')) customElements.define('dossier-reminder', DossierReminder);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-reminder': DossierReminder;
  }
}
