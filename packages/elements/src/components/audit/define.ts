/**
 * Registers `<dossier-audit>` and the elements it renders (`<dossier-reminder>`, in its reminder dialog). `import '@dossier/elements/define/audit';`
 * A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierAudit } from './dossier-audit.component.js';

DossierAudit.define('dossier-audit');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-audit': DossierAudit;
  }
}
