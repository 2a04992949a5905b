import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';

/**
 * @tagname dossier-risk-type-list
 * @summary The contract types of the catalogue as a list of buttons, one of them selected: the left
 * panel of `<dossier-pieces-editor>`.
 *
 * One button is in the tab order (roving tabindex): ↑/↓ move between types, Home/End to the
 * first/last, Enter or Space selects. It renders into its own light DOM, so that inside the pieces
 * editor its parts are the editor's (`dossier-pieces-editor::part(risk-type)`); on its own its
 * styles are scoped by its tag name.
 *
 * @fires {DossierRiskTypeSelectEvent} dossier-risk-type-select - Another risk type was picked. Detail: `{ riskTypeId }`.
 *
 * @csspart risk-types - The list.
 * @csspart risk-type - One risk type button; the selected one also has `risk-type-selected`.
 * @csspart risk-type-selected - The selected risk type button.
 * @csspart button - Every button.
 *
 * @cssproperty --dossier-pieces-editor-selected-bg - Background of the selected risk type (default: the accent colour).
 * @cssproperty --dossier-pieces-editor-selected-text - Text colour of the selected risk type.
 */
export class DossierRiskTypeList extends DossierElement {
  /** Its rendering and keys, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-risk-type-list.view.js'));

  /** The risk types, in order. */
  @property({ attribute: false }) riskTypes: readonly RiskType[] = [];

  /** The selected risk type. Picking another one fires `dossier-risk-type-select`; the host sets this in answer. */
  @property({ attribute: 'selected-id' }) selectedId = '';

  /** The button reachable with Tab: the one last focused, else the selected one, else the first. */
  @state() protected rovingId: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its styles come with its view, which adopts them where it renders: back in a page, perhaps
    // under another root, it renders again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.rovingId !== undefined && !this.riskTypes.some((riskType) => riskType.id === this.rovingId)) this.rovingId = undefined;
  }
}
