/**
 * Registers `<dossier-risk-type-list>`. `import '@dossier/elements/define/risk-type-list';`
 * (`<dossier-pieces-editor>` registers it too.) A tag already defined by another class is left as it is, with one console warning.
 * @packageDocumentation
 */
import { DossierRiskTypeList } from './dossier-risk-type-list.component.js';

DossierRiskTypeList.define('dossier-risk-type-list');

declare global {
  interface HTMLElementTagNameMap {
    'dossier-risk-type-list': DossierRiskTypeList;
  }
}
