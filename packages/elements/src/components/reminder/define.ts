/**
 * Registers `<dossier-reminder>`. `import '@dossier/elements/define/reminder';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierReminder } from './dossier-reminder.component.js';

DossierReminder.define('dossier-reminder');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-reminder': DossierReminder;
  }
}
