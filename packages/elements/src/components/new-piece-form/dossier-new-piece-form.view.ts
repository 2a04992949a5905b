import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ExpectedPieceInput } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { piecesEditor as piecesEditorFr } from '../pieces-editor/dossier-pieces-editor.messages.fr.js';
import type { DossierNewPieceForm } from './dossier-new-piece-form.component.js';
import { adoptScopedStyles } from '../../styles/adopt-scoped-styles.js';
import { newPieceFormStyles } from './dossier-new-piece-form.styles.js';

/** `<dossier-new-piece-form>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierNewPieceForm): ElementViewClass {
  return class DossierNewPieceFormView extends Element {
    protected override render(): TemplateResult<1> {
      // Scoped by its tag name, in the document or shadow root it renders in (it has no shadow root of its own).
      adoptScopedStyles(this, newPieceFormStyles);
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

    private async close(): Promise<void> {
      this.reset();
      await this.updateComplete;
      this.querySelector<HTMLButtonElement>('[part~="add-button"]')?.focus();
    }

    private onInput(event: Event): void {
      this.label = (event.target as HTMLInputElement).value;
      this.error = undefined;
    }

    private onKeydown(event: KeyboardEvent): void {
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
    }

    private onSubmit(event: Event): void {
      event.preventDefault();
      void this.submit();
    }

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
  };
}
