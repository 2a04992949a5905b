import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';

/** Ids of the fields of forms that were not given one, unique in the page. */
let formCount = 0;

/**
 * @tagname dossier-new-piece-form
 * @summary "Ajouter une pièce": a button that opens the "Nouvelle pièce" field, and adds the piece
 * typed there to a risk type through the client.
 *
 * Enter or "Ajouter" adds the piece and keeps the field open, empty and focused for the next one;
 * Escape or "Annuler" closes it and gives the focus back to "Ajouter une pièce". A refusal of core
 * (an empty name…) is shown at the field. It renders into its own light DOM, so that inside
 * `<dossier-pieces-editor>` its parts are the editor's.
 *
 * @fires {DossierPieceAddRequestEvent} dossier-piece-add-request - Cancelable, before adding. Detail: `{ riskTypeId, input }`; listeners may complete `input`.
 * @fires {DossierPieceAddedEvent} dossier-piece-added - A piece was added. Detail: `{ piece }`.
 *
 * @csspart add-button - "Ajouter une pièce".
 * @csspart add-form - The "Nouvelle pièce" field and its buttons.
 * @csspart input - The text field.
 * @csspart button - Every button.
 * @csspart field-error - The refusal shown at the field.
 */
export class DossierNewPieceForm extends DossierElement {
  /** Its rendering and controls, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-new-piece-form.view.js'));

  /** The risk type the piece is added to. Changing it closes the field. */
  @property({ attribute: 'risk-type-id' }) riskTypeId = '';

  /** The `id` of the text field (its error is `<field-id>-error`); unique by default. */
  @property({ attribute: 'field-id' }) fieldId = `dossier-new-piece-${(formCount += 1)}`;

  /** Whether the "Nouvelle pièce" field is shown. */
  @state() protected open = false;
  @state() protected label = '';
  @state() protected error: unknown;

  protected busy = false;

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
    // What was typed was meant for the previous risk type.
    if (changed.has('riskTypeId') && changed.get('riskTypeId') !== undefined) this.reset();
  }

  /** Opens the field and focuses it. */
  async show(): Promise<void> {
    this.open = true;
    this.error = undefined;
    await this.updateComplete;
    this.field()?.focus();
  }

  protected field(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${CSS.escape(this.fieldId)}`);
  }

  protected reset(): void {
    this.open = false;
    this.label = '';
    this.error = undefined;
  }
}
