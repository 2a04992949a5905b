import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatBytes, pickText, type ExpectedPiece } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import type { DossierPieceAddedEvent } from '../../events/dossier-piece-added-event.js';
import type { DossierPieceOptionsCloseEvent } from '../../events/dossier-piece-options-close-event.js';
import type { DossierPieceUpdatedEvent } from '../../events/dossier-piece-updated-event.js';
import type { DossierRiskTypeSelectEvent } from '../../events/dossier-risk-type-select-event.js';
import type { CommonMessages } from '../../i18n/common-messages.js';
import { piecesEditor as piecesEditorFr } from './dossier-pieces-editor.messages.fr.js';
import { readAcceptSelection } from './accept-selection.js';
import type { PiecesEditorMessages } from './dossier-pieces-editor.messages.js';
import type { PieceMove } from './piece-reorder-controller.js';
import { renderReminderPolicy } from './reminder-policy-form.js';
import { requirementWords } from './requirement-words.js';
import type { DossierPiecesEditor, PiecesEditorViewMethods } from './dossier-pieces-editor.component.js';

export { piecesEditorStyles as styles } from './dossier-pieces-editor.styles.js';

/** `<dossier-pieces-editor>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierPiecesEditor): ElementViewClass {
  return class DossierPiecesEditorView extends Element implements PiecesEditorViewMethods {
    protected override render() {
      const t = this.text('piecesEditor', piecesEditorFr);
      const common = this.text('common', commonFr);
      const announcer = html`<div part="announcer" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
      if (this.catalogue.status === 'no-client') {
        return html`<p part="error" class="error" role="alert">${common.noClient}</p>${announcer}`;
      }
      const showPieces = this.catalogue.status === 'ready' && (this.catalogue.value?.length ?? 0) > 0 && this.riskTypeId !== '';
      return html`
        <div part="base" class="layout">
          <nav part="catalogue" aria-label=${t.catalogue}>${this.renderCatalogue(t, common)}</nav>
          ${showPieces ? html`<section part="pieces-panel" aria-labelledby="pieces-heading">${this.renderPiecesPanel(t, common)}</section>` : nothing}
        </div>
        ${announcer}
      `;
    }

    private renderCatalogue(t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
      const { status, value, error } = this.catalogue;
      if (status === 'loading') return html`<p class="status" aria-busy="true">${common.loading}</p>`;
      if (status === 'error' || !value) return this.renderLoadError(error, () => this.catalogue.reload(), common);
      if (value.length === 0) return html`<p part="empty" class="empty">${t.catalogueEmpty}</p>`;
      return html`<dossier-risk-type-list .riskTypes=${value} selected-id=${this.riskTypeId} @dossier-risk-type-select=${this.onRiskTypeSelect}></dossier-risk-type-list>`;
    }

    private renderLoadError(error: unknown, retry: () => Promise<void>, common: CommonMessages): TemplateResult {
      return html`<div part="error" class="error" role="alert">
        <p>${this.errorText(error)}</p>
        <button part="button" type="button" @click=${() => void retry()}>${common.retry}</button>
      </div>`;
    }

    private renderPiecesPanel(t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
      const label = this.catalogue.value?.find((riskType) => riskType.id === this.riskTypeId)?.label ?? this.riskTypeId;
      const { status, value, error } = this.piecesQuery;
      let body: TemplateResult;
      if (status === 'loading') body = html`<p class="status" aria-busy="true">${common.loading}</p>`;
      else if (status === 'error' || !value) body = this.renderLoadError(error, () => this.piecesQuery.reload(), common);
      else if (value.length === 0) body = html`<p part="empty" class="empty">${t.piecesEmpty}</p>`;
      else {
        body = html`
          <ol part="pieces" class="pieces" aria-label=${t.piecesList(label)}>
            ${repeat(
              value,
              (piece) => piece.id,
              (piece, index) => this.renderPiece(piece, index, value.length, t, common),
            )}
          </ol>
          <p id="move-hint" class="visually-hidden">${t.moveHint}</p>
        `;
      }
      return html`
        <h2 id="pieces-heading" part="heading">${t.heading(label)}</h2>
        ${body}
        ${this.actionError === undefined ? nothing : html`<p part="error" class="error" role="alert">${this.errorText(this.actionError)}</p>`}
        ${
          status === 'ready'
            ? html`<dossier-new-piece-form
              .client=${this.activeClient}
              .locale=${this.activeLocale}
              risk-type-id=${this.riskTypeId}
              field-id="new-piece"
              @dossier-piece-added=${this.onPieceAdded}
            ></dossier-new-piece-form>`
            : nothing
        }
        ${renderReminderPolicy(this.reminderPolicy, t.reminderPolicy)}
      `;
    }

    private renderPiece(
      piece: ExpectedPiece,
      index: number,
      total: number,
      t: PiecesEditorMessages,
      common: CommonMessages,
    ): TemplateResult {
      const renaming = this.renamingId === piece.id;
      const optionsOpen = this.optionsOpen.has(piece.id);
      const confirming = this.confirmingId === piece.id;
      const reorder = this.reorder;
      return html`
        <li
          part="piece"
          class=${reorder.draggingId === piece.id ? 'piece dragging' : 'piece'}
          data-piece-id=${piece.id}
          data-drop=${reorder.dropIndicator(piece.id) ?? nothing}
          tabindex="0"
          aria-describedby="move-hint"
          draggable=${renaming || optionsOpen || confirming ? 'false' : 'true'}
          @keydown=${(event: KeyboardEvent) => reorder.onRowKeydown(event, piece)}
          @dragstart=${(event: DragEvent) => reorder.onDragStart(event, piece)}
          @dragover=${(event: DragEvent) => reorder.onDragOver(event, piece)}
          @dragleave=${(event: DragEvent) => reorder.onDragLeave(event, piece)}
          @drop=${(event: DragEvent) => reorder.onDrop(event, piece)}
          @dragend=${reorder.onDragEnd}
        >
          <div class="row">
            <span class="handle" aria-hidden="true">⠿</span>
            <div class="main">
              ${renaming ? this.renderRename(piece, index, t, common) : html`<span part="piece-label" class="label">${piece.label}</span>`}
              <span part="piece-requirement" class="meta">${this.pieceSummary(piece, t)}</span>
            </div>
            <div class="actions">
              ${
                renaming
                  ? nothing
                  : html`<button part="button" type="button" data-action="rename" aria-label=${t.about(t.rename, piece.label)} @click=${() => this.startRename(piece)}>
                    ${t.rename}
                  </button>`
              }
              <button
                part="button"
                class="icon"
                type="button"
                data-action="up"
                aria-label=${t.about(t.moveUp, piece.label)}
                title=${t.moveUp}
                ?disabled=${index === 0}
                @click=${() => reorder.moveBy(piece.id, -1, 'up')}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                part="button"
                class="icon"
                type="button"
                data-action="down"
                aria-label=${t.about(t.moveDown, piece.label)}
                title=${t.moveDown}
                ?disabled=${index === total - 1}
                @click=${() => reorder.moveBy(piece.id, 1, 'down')}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                part="button"
                type="button"
                data-action="options"
                aria-label=${t.about(t.options, piece.label)}
                aria-expanded=${optionsOpen ? 'true' : 'false'}
                aria-controls=${optionsOpen ? `options-${index}` : nothing}
                @click=${() => this.toggleOptions(piece)}
              >
                ${t.options}
              </button>
              <button part="button" class="danger" type="button" data-action="remove" aria-label=${t.about(common.remove, piece.label)} @click=${() => this.askRemove(piece)}>
                ${common.remove}
              </button>
            </div>
          </div>
          ${confirming ? this.renderConfirm(piece, index, t, common) : nothing}
          ${
            optionsOpen
              ? html`<dossier-piece-options
                id=${`options-${index}`}
                .client=${this.activeClient}
                .locale=${this.activeLocale}
                .piece=${piece}
                .profileAttributes=${this.profileAttributes}
                @dossier-piece-updated=${this.onOptionsSaved}
                @dossier-piece-options-close=${this.onOptionsClose}
              ></dossier-piece-options>`
              : nothing
          }
        </li>
      `;
    }

    private renderRename(piece: ExpectedPiece, index: number, t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
      const invalid = this.renameError !== undefined;
      const id = `rename-${index}`;
      return html`<span class="rename">
        <label class="visually-hidden" for=${id}>${t.renameField(piece.label)}</label>
        <input
          id=${id}
          part="input"
          type="text"
          autocomplete="off"
          data-rename
          .value=${piece.label}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? `${id}-error` : nothing}
          @input=${() => (this.renameError = undefined)}
          @keydown=${(event: KeyboardEvent) => this.onRenameKeydown(event, piece)}
        />
        <button part="button" class="primary" type="button" data-action="rename-save" @click=${() => void this.saveRename(piece)}>${t.save}</button>
        <button part="button" type="button" data-action="rename-cancel" @click=${() => this.cancelRename(piece.id)}>${common.cancel}</button>
        ${invalid ? html`<span id=${`${id}-error`} part="field-error" class="error field-error">${this.errorText(this.renameError)}</span>` : nothing}
      </span>`;
    }

    private renderConfirm(piece: ExpectedPiece, index: number, t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
      const id = `confirm-${index}`;
      return html`<div
        part="confirm"
        class="confirm"
        role="group"
        aria-labelledby=${id}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          this.cancelRemove(piece.id);
        }}
      >
        <p id=${id}>${t.confirmRemove(piece.label)}</p>
        <button part="button" class="danger-solid" type="button" data-action="remove-confirm" @click=${() => void this.confirmRemove(piece)}>${common.confirm}</button>
        <button part="button" type="button" data-action="remove-cancel" @click=${() => this.cancelRemove(piece.id)}>${common.cancel}</button>
      </div>`;
    }

    /** The requirement, accepted kinds, size limit and validity of a piece, in words. */
    private pieceSummary(piece: ExpectedPiece, t: PiecesEditorMessages): string {
      const numbers = new Intl.NumberFormat(this.intlLocale);
      const parts = [
        requirementWords(
          piece.requirement,
          t,
          (attr) => this.attributeName(attr),
          (value) => numbers.format(value),
        ),
      ];
      const accept = readAcceptSelection(piece.accept);
      const kinds = [...accept.kinds.map((kind) => t.acceptKind[kind]), ...accept.others];
      parts.push(kinds.length === 0 ? t.allKinds : kinds.join(', '));
      if (piece.maxBytes !== undefined) parts.push(t.sizeLimit(formatBytes(piece.maxBytes, this.activeLocale)));
      if (piece.validityDays !== undefined) parts.push(t.validFor(piece.validityDays));
      return parts.join(' · ');
    }

    /** What the host calls a profile attribute in the active locale, else its name. */
    private attributeName(attr: string): string {
      const label = this.profileAttributes.find((attribute) => attribute.attr === attr)?.label;
      return (label ? pickText(label, this.activeLocale) : '') || attr;
    }

    // — Catalogue —

    private onRiskTypeSelect(event: DossierRiskTypeSelectEvent): void {
      // The event goes on to the host: the selection is the editor's public event.
      this.riskTypeId = event.detail.riskTypeId;
    }

    // — Adding —

    private onPieceAdded(event: DossierPieceAddedEvent): void {
      const { piece } = event.detail;
      if (piece.riskTypeId === this.riskTypeId)
        this.setPieces((pieces) => (pieces.some((p) => p.id === piece.id) ? pieces : [...pieces, piece]));
      this.announce(this.text('piecesEditor', piecesEditorFr).added(piece.label));
    }

    // — Renaming —

    private async startRename(piece: ExpectedPiece): Promise<void> {
      this.renamingId = piece.id;
      this.renameError = undefined;
      await this.updateComplete;
      const field = this.rowOf(piece.id)?.querySelector<HTMLInputElement>('input[data-rename]');
      field?.focus();
      field?.select();
    }

    private onRenameKeydown(event: KeyboardEvent, piece: ExpectedPiece): void {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        void this.saveRename(piece);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.cancelRename(piece.id);
      }
    }

    private cancelRename(pieceId: string): void {
      this.renamingId = undefined;
      this.renameError = undefined;
      void this.focusAfterUpdate(pieceId, '[data-action="rename"]');
    }

    private async saveRename(piece: ExpectedPiece): Promise<void> {
      const client = this.activeClient;
      const field = this.rowOf(piece.id)?.querySelector<HTMLInputElement>('input[data-rename]');
      if (!client || !field || this.busy) return;
      const label = field.value;
      if (label === piece.label) {
        this.cancelRename(piece.id);
        return;
      }
      this.busy = true;
      try {
        const updated = await client.pieces.update(piece.id, { label });
        this.setPieces((pieces) => pieces.map((p) => (p.id === updated.id ? updated : p)));
        this.renamingId = undefined;
        this.renameError = undefined;
        this.emit('dossier-piece-updated', { piece: updated });
        this.announce(this.text('piecesEditor', piecesEditorFr).renamed(piece.label, updated.label));
        await this.focusAfterUpdate(piece.id, '[data-action="rename"]');
      } catch (error) {
        this.renameError = error;
        await this.updateComplete;
        field.focus();
      } finally {
        this.busy = false;
      }
    }

    // — Reordering (the interaction is the reorder controller's) —

    /** Stores one move of the reorder controller, then announces it and puts the focus back (see `PiecesEditorViewMethods`). */
    async commitMove({ piece, ids, to, focus }: PieceMove): Promise<void> {
      const client = this.activeClient;
      const riskTypeId = this.riskTypeId;
      if (!client) return;
      try {
        const reordered = await client.pieces.reorder(riskTypeId, ids);
        if (riskTypeId !== this.riskTypeId) return;
        this.setPieces(() => reordered);
        this.actionError = undefined;
        this.emit('dossier-pieces-reordered', { riskTypeId, pieces: reordered });
        this.announce(this.text('piecesEditor', piecesEditorFr).moved(piece.label, to + 1, reordered.length));
        await this.updateComplete;
        const row = this.rowOf(piece.id);
        const button = focus === 'row' ? null : row?.querySelector<HTMLButtonElement>(`[data-action="${focus}"]`);
        // The button the person used may now be disabled (top or bottom reached): the row keeps the focus then.
        (button && !button.disabled ? button : row)?.focus();
      } catch (error) {
        this.actionError = error;
      }
    }

    // — Removing —

    private async askRemove(piece: ExpectedPiece): Promise<void> {
      this.confirmingId = piece.id;
      await this.updateComplete;
      // The safe choice gets the focus: a second Enter must not remove the piece.
      this.rowOf(piece.id)?.querySelector<HTMLButtonElement>('[data-action="remove-cancel"]')?.focus();
    }

    private cancelRemove(pieceId: string): void {
      this.confirmingId = undefined;
      void this.focusAfterUpdate(pieceId, '[data-action="remove"]');
    }

    private async confirmRemove(piece: ExpectedPiece): Promise<void> {
      const client = this.activeClient;
      if (!client || this.busy) return;
      if (!this.emit('dossier-piece-remove-request', { piece }, { cancelable: true })) {
        this.cancelRemove(piece.id);
        return;
      }
      this.busy = true;
      try {
        await client.pieces.remove(piece.id);
        const pieces = this.piecesQuery.value ?? [];
        const index = pieces.findIndex((p) => p.id === piece.id);
        const neighbour = pieces[index + 1] ?? pieces[index - 1];
        this.setPieces((list) => list.filter((p) => p.id !== piece.id));
        this.confirmingId = undefined;
        this.actionError = undefined;
        this.closeOptions(piece.id, false);
        this.emit('dossier-piece-removed', { piece });
        this.announce(this.text('piecesEditor', piecesEditorFr).removed(piece.label));
        await this.updateComplete;
        (neighbour ? this.rowOf(neighbour.id) : this.find<HTMLElement>('[part~="add-button"], #new-piece'))?.focus();
      } catch (error) {
        this.actionError = error;
      } finally {
        this.busy = false;
      }
    }

    // — Options (the panel is `<dossier-piece-options>`) —

    private toggleOptions(piece: ExpectedPiece): void {
      if (this.optionsOpen.has(piece.id)) this.closeOptions(piece.id, true);
      else this.optionsOpen = new Set(this.optionsOpen).add(piece.id);
    }

    private closeOptions(pieceId: string, focusToggle: boolean): void {
      if (!this.optionsOpen.has(pieceId)) return;
      const open = new Set(this.optionsOpen);
      open.delete(pieceId);
      this.optionsOpen = open;
      if (focusToggle) void this.focusAfterUpdate(pieceId, '[data-action="options"]');
    }

    private onOptionsSaved(event: DossierPieceUpdatedEvent): void {
      // The event goes on to the host; the list shows the saved piece at once.
      const { piece } = event.detail;
      this.setPieces((pieces) => pieces.map((p) => (p.id === piece.id ? piece : p)));
    }

    private onOptionsClose(event: DossierPieceOptionsCloseEvent): void {
      // The panel's own business: the editor's events stay the documented ones.
      event.stopPropagation();
      const { piece, outcome } = event.detail;
      this.closeOptions(piece.id, true);
      const t = this.text('piecesEditor', piecesEditorFr);
      if (outcome === 'saved') this.announce(t.saved(piece.label));
      else if (outcome === 'unchanged') this.announce(t.noChange);
    }

    // — Helpers —

    /** Applies a write's result at once, so focus and announcements do not wait for the subscription's reload. */
    private setPieces(change: (pieces: readonly ExpectedPiece[]) => readonly ExpectedPiece[]): void {
      const current = this.piecesQuery.value;
      if (!current) return;
      this.piecesQuery.value = [...change(current)];
      this.requestUpdate();
    }

    private announce(message: string): void {
      // A repeated message must still change the region's text to be read again.
      this.announcement = message === this.announcement ? `${message}\u00a0` : message;
    }

    private rowOf(pieceId: string): HTMLElement | null {
      return (this.renderRoot as ShadowRoot).querySelector<HTMLElement>(`[part~="piece"][data-piece-id="${CSS.escape(pieceId)}"]`);
    }

    private find<E extends Element>(selector: string): E | null {
      return (this.renderRoot as ShadowRoot).querySelector<E>(selector);
    }

    private async focusAfterUpdate(pieceId: string, selector: string): Promise<void> {
      await this.updateComplete;
      this.rowOf(pieceId)?.querySelector<HTMLElement>(selector)?.focus();
    }
  };
}
