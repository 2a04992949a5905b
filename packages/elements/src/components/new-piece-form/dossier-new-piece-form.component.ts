import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ExpectedPieceInput } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { piecesEditor as piecesEditorFr } from '../pieces-editor/dossier-pieces-editor.messages.fr.js';
import { adoptScopedStyles } from '../../styles/adopt-scoped-styles.js';
import { newPieceFormStyles } from './dossier-new-piece-form.styles.js';

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
  /** The risk type the piece is added to. Changing it closes the field. */
  @property({ attribute: 'risk-type-id' }) riskTypeId = '';

  /** The `id` of the text field (its error is `<field-id>-error`); unique by default. */
  @property({ attribute: 'field-id' }) fieldId = `dossier-new-piece-${(formCount += 1)}`;

  /** Whether the "Nouvelle pièce" field is shown. */
  @state() private open = false;
  @state() private label = '';
  @state() private error: unknown;

  private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptScopedStyles(this, newPieceFormStyles);
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

  protected override render(): TemplateResult<1> {
    const t = this.text('piecesEditor', piecesEditorFr);
    if (!this.open) {
      return html`<button part="button add-button" class="add" type="button" @click=${() => void this.show()}>${t.addPiece}</button>`;
    }
    const invalid = this.error !== undefined;
    const errorId = `${this.fieldId}-error`;
    // "Ajouter" acts on its (cancelled) click, not on `submit`: an <iframe sandbox> without allow-forms blocks submissions.
    return html`
      <form part="add-form" class="add-form" @submit=${this.onSubmit}>
        <label for=${this.fieldId}>${t.newPiece}</label>
        <input
          id=${this.fieldId}
          part="input"
          type="text"
          autocomplete="off"
          .value=${live(this.label)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? errorId : nothing}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        <button part="button" class="primary" type="submit" @click=${this.onSubmit}>${t.add}</button>
        <button part="button" type="button" @click=${() => void this.close()}>${this.text('common', commonFr).cancel}</button>
        ${invalid ? html`<p id=${errorId} part="field-error" class="error field-error">${this.errorText(this.error)}</p>` : nothing}
      </form>
    `;
  }

  private field(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${CSS.escape(this.fieldId)}`);
  }

  private reset(): void {
    this.open = false;
    this.label = '';
    this.error = undefined;
  }

  private async close(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('[part~="add-button"]')?.focus();
  }

  private readonly onInput = (event: Event): void => {
    this.label = (event.target as HTMLInputElement).value;
    this.error = undefined;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing) {
      // Handled here rather than by implicit submission so synthetic and real keys behave alike.
      event.preventDefault();
      void this.submit();
    } else if (event.key === 'Escape') {
      // Handled: a dialog around the form must not close as well.
      event.preventDefault();
      event.stopPropagation();
      void this.close();
    }
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    const client = this.activeClient;
    const riskTypeId = this.riskTypeId;
    if (!client || this.busy) return;
    const input: ExpectedPieceInput = { label: this.field()?.value ?? this.label };
    if (!this.emit('dossier-piece-add-request', { riskTypeId, input }, { cancelable: true })) return;
    this.busy = true;
    try {
      const piece = await client.pieces.add(riskTypeId, input);
      if (riskTypeId === this.riskTypeId) {
        this.label = '';
        this.error = undefined;
      }
      this.emit('dossier-piece-added', { piece });
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.field()?.focus();
  }
}
