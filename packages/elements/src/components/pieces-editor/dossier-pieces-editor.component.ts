import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatBytes, isDossierError, pickText, type ExpectedPiece, type ExpectedPieceInput, type RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { commonMessagesEn, commonMessagesFr, type CommonMessages } from '../../i18n/common-messages.js';
import { ACCEPT_KINDS, type AcceptKindId } from './accept-kinds.js';
import { readAcceptSelection } from './accept-selection.js';
import { piecesEditorMessages, type PiecesEditorMessages } from './dossier-pieces-editor.messages.js';
import { piecesEditorStyles } from './dossier-pieces-editor.styles.js';
import { pieceOptionsPatch, readPieceOptions, type PieceOptionsDraft } from './piece-options-draft.js';
import { isFormField } from '../../realm/is-form-field.js';
import { PROFILE_ATTRIBUTES, type ProfileAttributeSuggestion } from './profile-attributes.js';
import { emptyRequirementDraft, SIMPLE_OPERATORS, type RequirementDraft, type RequirementMode, type RuleEffect, type SimpleOperator } from './requirement-draft.js';
import { requirementWords } from './requirement-words.js';

/** Media type of the drag data, so that rows ignore anything else dragged over them (files, text). */
const DRAG_TYPE = 'application/x-dossier-piece';

/** Where a dragged row would land, shown by the drop indicator. */
interface DropTarget {
  readonly pieceId: string;
  readonly position: 'before' | 'after';
}

/** Which control of a moved row gets the focus back. */
type MoveFocus = 'row' | 'up' | 'down';

/** Options-panel fields an error from core may point at (its `details.field`). */
type OptionsField = 'requirement' | 'accept' | 'maxBytes' | 'validityDays';

/**
 * @tagname dossier-pieces-editor
 * @summary The catalogue's contract types and, for the selected one, its expected pieces ("pièces attendues"):
 * add, rename, reorder, remove, and set each piece's requirement, accepted kinds, size limit and validity.
 *
 * Administration › Conseil/vente › Pièces attendues. The left panel lists the
 * risk types of `client.riskTypes.list()` (arrow keys move, Enter or Space
 * selects); the right panel lists the pieces of the selected type in order.
 * Pieces move by drag and drop, with the "Monter"/"Descendre" buttons, or with
 * Alt+↑/Alt+↓ on a focused row; each move is announced.
 *
 * @fires {DossierRiskTypeSelectEvent} dossier-risk-type-select - A risk type was picked. Detail: `{ riskTypeId }`.
 * @fires {DossierPieceAddRequestEvent} dossier-piece-add-request - Cancelable, before adding. Detail: `{ riskTypeId, input }`; listeners may complete `input`.
 * @fires {DossierPieceAddedEvent} dossier-piece-added - A piece was added. Detail: `{ piece }`.
 * @fires {DossierPieceUpdatedEvent} dossier-piece-updated - A piece was renamed or its options saved. Detail: `{ piece }`.
 * @fires {DossierPieceRemoveRequestEvent} dossier-piece-remove-request - Cancelable, after the person confirmed, before removing. Detail: `{ piece }`.
 * @fires {DossierPieceRemovedEvent} dossier-piece-removed - A piece was removed. Detail: `{ piece }`.
 * @fires {DossierPiecesReorderedEvent} dossier-pieces-reordered - The pieces got a new order. Detail: `{ riskTypeId, pieces }`.
 *
 * @csspart base - The two-panel layout.
 * @csspart catalogue - The left panel (navigation landmark).
 * @csspart risk-types - The list of risk types.
 * @csspart risk-type - One risk type button; the selected one also has `risk-type-selected`.
 * @csspart risk-type-selected - The selected risk type button.
 * @csspart pieces-panel - The right panel.
 * @csspart heading - "Pièces attendues — {label}".
 * @csspart pieces - The ordered list of expected pieces.
 * @csspart piece - One piece row; `data-drop="before|after"` while a dragged row would land there.
 * @csspart piece-label - The label of a piece.
 * @csspart piece-requirement - The requirement, accepted kinds, size limit and validity in words.
 * @csspart button - Every button.
 * @csspart input - Every text field.
 * @csspart add-button - "Ajouter une pièce".
 * @csspart add-form - The "Nouvelle pièce" field and its buttons.
 * @csspart field-error - An error shown at a field.
 * @csspart confirm - The inline removal confirmation.
 * @csspart options - The options panel of a piece.
 * @csspart advanced-rule - The read-only view of a rule the simple controls cannot express.
 * @csspart empty - An empty-state message.
 * @csspart error - An error-state message.
 *
 * @cssproperty --dossier-pieces-editor-catalogue-width - Width of the left panel (default `16rem`).
 * @cssproperty --dossier-pieces-editor-selected-bg - Background of the selected risk type (default: the accent colour).
 * @cssproperty --dossier-pieces-editor-selected-text - Text colour of the selected risk type.
 * @cssproperty --dossier-pieces-editor-drop-indicator - Colour of the drop indicator line (default: the accent colour).
 * @cssproperty --dossier-pieces-editor-row-bg - Background of a piece row.
 */
export class DossierPiecesEditor extends DossierElement {
  static override styles = [...DossierElement.styles, piecesEditorStyles];

  /** The selected risk type; the first of the catalogue when unset. Reflects the selection. */
  @property({ attribute: 'risk-type-id', reflect: true }) riskTypeId = '';

  /**
   * The client-profile attributes the host's rules use, suggested in the rule's
   * attribute field and named by their `label` in rule summaries
   * ("Obligatoire si montant du prêt est supérieur à 200000").
   */
  @property({ attribute: false }) profileAttributes: readonly ProfileAttributeSuggestion[] = PROFILE_ATTRIBUTES;

  /** Whether the "Nouvelle pièce" field is shown. */
  @state() private adding = false;
  @state() private newLabel = '';
  @state() private addError: unknown;
  @state() private renamingId: string | undefined;
  @state() private renameError: unknown;
  @state() private confirmingId: string | undefined;
  /** Open options panels, by piece id, with what the person changed so far. */
  @state() private optionsDrafts: ReadonlyMap<string, PieceOptionsDraft> = new Map();
  @state() private optionsErrors: ReadonlyMap<string, unknown> = new Map();
  /** A failed move or removal, shown above the list. */
  @state() private actionError: unknown;
  @state() private announcement = '';
  /** The risk type button reachable with Tab (roving tabindex). */
  @state() private rovingId: string | undefined;
  @state() private draggingId: string | undefined;
  @state() private dropTarget: DropTarget | undefined;

  private busy = false;
  /** Moves run one after the other, each from the order the previous one left. */
  private moveQueue: Promise<void> = Promise.resolve();

  private readonly catalogue = new DossierQueryController<RiskType[]>(this, {
    key: () => 'catalogue',
    load: (client) => client.riskTypes.list(),
    affectedBy: (event) => event.riskTypeIds.length > 0,
  });

  private readonly piecesQuery = new DossierQueryController<ExpectedPiece[]>(this, {
    key: () => this.riskTypeId,
    load: (client) => (this.riskTypeId ? client.pieces.list(this.riskTypeId) : Promise.resolve([])),
    affectedBy: (event) => this.riskTypeId !== '' && event.riskTypeIds.includes(this.riskTypeId),
  });

  /** The risk types shown in the left panel; `undefined` while loading. */
  get riskTypes(): readonly RiskType[] | undefined {
    return this.catalogue.value;
  }

  /** The expected pieces of the selected risk type, in order; `undefined` while loading. */
  get pieces(): readonly ExpectedPiece[] | undefined {
    return this.piecesQuery.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const first = this.catalogue.value?.[0];
    if (!this.riskTypeId && first) this.riskTypeId = first.id;
    if (changed.has('riskTypeId')) {
      // What was being edited belonged to the previous type's pieces.
      this.adding = false;
      this.newLabel = '';
      this.addError = undefined;
      this.renamingId = undefined;
      this.renameError = undefined;
      this.confirmingId = undefined;
      this.optionsDrafts = new Map();
      this.optionsErrors = new Map();
      this.actionError = undefined;
      this.dropTarget = undefined;
      this.draggingId = undefined;
    }
  }

  protected override render() {
    const t = this.text(piecesEditorMessages);
    const common = this.activeLocale === 'en' ? commonMessagesEn : commonMessagesFr;
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
    const roving = value.some((riskType) => riskType.id === this.rovingId) ? this.rovingId : (value.find((r) => r.id === this.riskTypeId) ?? value[0])?.id;
    return html`
      <ul part="risk-types" class="risk-types" @keydown=${this.onCatalogueKeydown}>
        ${repeat(
          value,
          (riskType) => riskType.id,
          (riskType) => {
            const selected = riskType.id === this.riskTypeId;
            return html`<li>
              <button
                part=${selected ? 'button risk-type risk-type-selected' : 'button risk-type'}
                type="button"
                data-risk-type-id=${riskType.id}
                aria-current=${selected ? 'true' : 'false'}
                tabindex=${riskType.id === roving ? '0' : '-1'}
                @click=${() => this.selectRiskType(riskType.id)}
              >
                ${riskType.label}
              </button>
            </li>`;
          },
        )}
      </ul>
    `;
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
      ${status === 'ready' ? this.renderAdd(t, common) : nothing}
    `;
  }

  private renderAdd(t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
    if (!this.adding) {
      return html`<button part="button add-button" class="add" type="button" @click=${this.openAdd}>${t.addPiece}</button>`;
    }
    const invalid = this.addError !== undefined;
    // "Ajouter" acts on its (cancelled) click, not on `submit`: an <iframe sandbox> without allow-forms blocks submissions.
    return html`
      <form part="add-form" class="add-form" @submit=${this.onAddSubmit}>
        <label for="new-piece">${t.newPiece}</label>
        <input
          id="new-piece"
          part="input"
          type="text"
          autocomplete="off"
          .value=${live(this.newLabel)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'new-piece-error' : nothing}
          @input=${this.onNewLabelInput}
          @keydown=${this.onNewLabelKeydown}
        />
        <button part="button" class="primary" type="submit" @click=${this.onAddSubmit}>${t.add}</button>
        <button part="button" type="button" @click=${this.cancelAdd}>${common.cancel}</button>
        ${invalid ? html`<p id="new-piece-error" part="field-error" class="error field-error">${this.errorText(this.addError)}</p>` : nothing}
      </form>
    `;
  }

  private renderPiece(piece: ExpectedPiece, index: number, total: number, t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
    const renaming = this.renamingId === piece.id;
    const draft = this.optionsDrafts.get(piece.id);
    const confirming = this.confirmingId === piece.id;
    const editing = renaming || draft !== undefined || confirming;
    const drop = this.dropTarget?.pieceId === piece.id && this.draggingId !== piece.id ? this.dropTarget.position : undefined;
    return html`
      <li
        part="piece"
        class=${this.draggingId === piece.id ? 'piece dragging' : 'piece'}
        data-piece-id=${piece.id}
        data-drop=${drop ?? nothing}
        tabindex="0"
        aria-describedby="move-hint"
        draggable=${editing ? 'false' : 'true'}
        @keydown=${(event: KeyboardEvent) => this.onRowKeydown(event, piece)}
        @dragstart=${(event: DragEvent) => this.onDragStart(event, piece)}
        @dragover=${(event: DragEvent) => this.onDragOver(event, piece)}
        @dragleave=${(event: DragEvent) => this.onDragLeave(event, piece)}
        @drop=${(event: DragEvent) => this.onDrop(event, piece)}
        @dragend=${this.onDragEnd}
      >
        <div class="row">
          <span class="handle" aria-hidden="true">⠿</span>
          <div class="main">
            ${renaming ? this.renderRename(piece, index, t, common) : html`<span part="piece-label" class="label">${piece.label}</span>`}
            <span part="piece-requirement" class="meta">${this.pieceSummary(piece, t)}</span>
          </div>
          <div class="actions">
            ${renaming
              ? nothing
              : html`<button part="button" type="button" data-action="rename" aria-label=${t.about(t.rename, piece.label)} @click=${() => this.startRename(piece)}>
                  ${t.rename}
                </button>`}
            <button
              part="button"
              class="icon"
              type="button"
              data-action="up"
              aria-label=${t.about(t.moveUp, piece.label)}
              title=${t.moveUp}
              ?disabled=${index === 0}
              @click=${() => this.move(piece.id, (from) => from - 1, 'up')}
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
              @click=${() => this.move(piece.id, (from) => from + 1, 'down')}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              part="button"
              type="button"
              data-action="options"
              aria-label=${t.about(t.options, piece.label)}
              aria-expanded=${draft ? 'true' : 'false'}
              aria-controls=${draft ? `options-${index}` : nothing}
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
        ${draft ? this.renderOptionsPanel(piece, index, draft, t, common) : nothing}
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

  private renderOptionsPanel(piece: ExpectedPiece, index: number, draft: PieceOptionsDraft, t: PiecesEditorMessages, common: CommonMessages): TemplateResult {
    const id = `options-${index}`;
    const error = this.optionsErrors.get(piece.id);
    const errorField = optionsFieldOf(error);
    const mode = draft.requirement.mode;
    const modes: readonly [RequirementMode, string][] = [
      ['mandatory', t.mandatory],
      ['optional', t.optional],
      ['profile', t.profile],
    ];
    return html`<div part="options" class="options" id=${id} role="group" aria-label=${t.optionsOf(piece.label)}>
      <fieldset>
        <legend>${t.requirement}</legend>
        ${modes.map(
          ([value, text]) => html`<label class="choice">
            <input
              type="radio"
              name=${`${id}-mode`}
              value=${value}
              .checked=${live(mode === value)}
              @change=${() => this.updateRequirement(piece.id, { mode: value })}
            />
            ${text}
          </label>`,
        )}
        ${mode === 'profile' ? (draft.advanced !== undefined ? this.renderAdvanced(piece.id, draft, t) : this.renderRule(piece.id, id, draft.requirement, t)) : nothing}
      </fieldset>
      <fieldset>
        <legend>${t.accept}</legend>
        ${ACCEPT_KINDS.map(
          (kind) => html`<label class="choice">
            <input
              type="checkbox"
              value=${kind.id}
              aria-invalid=${errorField === 'accept' ? 'true' : nothing}
              .checked=${live(draft.kinds.includes(kind.id))}
              @change=${(event: Event) => this.toggleKind(piece.id, kind.id, (event.target as HTMLInputElement).checked)}
            />
            ${t.acceptKind[kind.id]}
          </label>`,
        )}
        <p class="hint">${t.acceptHint}</p>
        ${draft.otherAccept.length > 0 ? html`<p class="hint">${t.acceptOthers(draft.otherAccept.join(', '))}</p>` : nothing}
      </fieldset>
      <div class="field">
        <label for=${`${id}-size`}>${t.maxSize}</label>
        <input
          id=${`${id}-size`}
          part="input"
          type="number"
          min="0"
          step="any"
          inputmode="decimal"
          value=${draft.maxMegabytes}
          aria-describedby=${`${id}-size-hint`}
          aria-invalid=${errorField === 'maxBytes' ? 'true' : 'false'}
          @input=${(event: Event) => this.updateDraft(piece.id, { maxMegabytes: numberFieldText(event) })}
        />
        <span id=${`${id}-size-hint`} class="hint">${t.maxSizeHint}</span>
      </div>
      <div class="field">
        <label for=${`${id}-validity`}>${t.validity}</label>
        <input
          id=${`${id}-validity`}
          part="input"
          type="number"
          min="1"
          step="1"
          inputmode="numeric"
          value=${draft.validityDays}
          aria-describedby=${`${id}-validity-hint`}
          aria-invalid=${errorField === 'validityDays' ? 'true' : 'false'}
          @input=${(event: Event) => this.updateDraft(piece.id, { validityDays: numberFieldText(event) })}
        />
        <span id=${`${id}-validity-hint`} class="hint">${t.validityHint}</span>
      </div>
      ${error === undefined ? nothing : html`<p part="field-error" class="error field-error" role="alert">${this.errorText(error)}</p>`}
      <div class="buttons">
        <button part="button" class="primary" type="button" data-action="options-save" @click=${() => void this.saveOptions(piece)}>${t.saveOptions}</button>
        <button part="button" type="button" data-action="options-cancel" @click=${() => this.closeOptions(piece.id, true)}>${common.cancel}</button>
      </div>
    </div>`;
  }

  private renderRule(pieceId: string, id: string, rule: RequirementDraft, t: PiecesEditorMessages): TemplateResult {
    const effects: readonly RuleEffect[] = ['mandatoryWhen', 'optionalWhen'];
    const suggestion = this.profileAttributes.find((candidate) => candidate.attr === rule.attr.trim());
    return html`<div class="rule">
      <div class="field">
        <label for=${`${id}-effect`}>${t.effectLabel}</label>
        <select id=${`${id}-effect`} part="input" @change=${(event: Event) => this.updateRequirement(pieceId, { effect: (event.target as HTMLSelectElement).value as RuleEffect })}>
          ${effects.map((effect) => html`<option value=${effect} ?selected=${rule.effect === effect}>${t.effect[effect]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${`${id}-attr`}>${t.attribute}</label>
        <input
          id=${`${id}-attr`}
          part="input"
          type="text"
          autocomplete="off"
          list=${`${id}-attrs`}
          .value=${live(rule.attr)}
          @input=${(event: Event) => this.updateRequirement(pieceId, { attr: (event.target as HTMLInputElement).value })}
        />
        <datalist id=${`${id}-attrs`}>
          ${this.profileAttributes.map(
            (attribute) => html`<option value=${attribute.attr} label=${(attribute.label ? pickText(attribute.label, this.activeLocale) : undefined) ?? t.attributeSuggestions[attribute.attr] ?? ''}></option>`,
          )}
        </datalist>
      </div>
      <div class="field">
        <label for=${`${id}-operator`}>${t.operatorLabel}</label>
        <select
          id=${`${id}-operator`}
          part="input"
          @change=${(event: Event) => this.updateRequirement(pieceId, { operator: (event.target as HTMLSelectElement).value as SimpleOperator })}
        >
          ${SIMPLE_OPERATORS.map((operator) => html`<option value=${operator} ?selected=${rule.operator === operator}>${t.operator[operator]}</option>`)}
        </select>
      </div>
      ${rule.operator === 'exists'
        ? nothing
        : html`<div class="field">
            <label for=${`${id}-value`}>${t.value}</label>
            <input
              id=${`${id}-value`}
              part="input"
              type="text"
              inputmode=${rule.operator === 'gt' || rule.operator === 'lt' ? 'decimal' : 'text'}
              autocomplete="off"
              list=${suggestion && suggestion.values.length > 0 && rule.operator !== 'gt' && rule.operator !== 'lt' ? `${id}-values` : nothing}
              .value=${live(rule.value)}
              aria-describedby=${`${id}-value-hint`}
              @input=${(event: Event) => this.updateRequirement(pieceId, { value: (event.target as HTMLInputElement).value })}
            />
            ${suggestion && suggestion.values.length > 0
              ? html`<datalist id=${`${id}-values`}>${suggestion.values.map((value) => html`<option value=${value}></option>`)}</datalist>`
              : nothing}
            <span id=${`${id}-value-hint`} class="hint">${t.valueHint}</span>
          </div>`}
    </div>`;
  }

  private renderAdvanced(pieceId: string, draft: PieceOptionsDraft, t: PiecesEditorMessages): TemplateResult {
    return html`<div part="advanced-rule" class="advanced">
      <p><strong>${t.advancedRule}</strong> — ${t.advancedHint}</p>
      <pre>${JSON.stringify(draft.advanced, null, 2)}</pre>
      <button part="button" type="button" data-action="replace-advanced" @click=${() => this.replaceAdvanced(pieceId)}>${t.replaceAdvanced}</button>
    </div>`;
  }

  /** The requirement, accepted kinds, size limit and validity of a piece, in words. */
  private pieceSummary(piece: ExpectedPiece, t: PiecesEditorMessages): string {
    const parts = [requirementWords(piece.requirement, t, (attr) => this.attributeName(attr))];
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

  private selectRiskType(riskTypeId: string): void {
    this.rovingId = riskTypeId;
    if (riskTypeId === this.riskTypeId) return;
    this.riskTypeId = riskTypeId;
    this.emit('dossier-risk-type-select', { riskTypeId });
  }

  private readonly onCatalogueKeydown = (event: KeyboardEvent): void => {
    const buttons = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('[part~="risk-type"]')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = buttons.length - 1;
    const next = event.key === 'ArrowDown' ? Math.min(current + 1, last) : event.key === 'ArrowUp' ? Math.max(current - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? last : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[next];
    if (!target) return;
    this.rovingId = target.dataset.riskTypeId;
    target.focus();
  };

  // — Adding —

  private readonly openAdd = async (): Promise<void> => {
    this.adding = true;
    this.addError = undefined;
    await this.updateComplete;
    this.find<HTMLInputElement>('#new-piece')?.focus();
  };

  private readonly cancelAdd = async (): Promise<void> => {
    this.adding = false;
    this.newLabel = '';
    this.addError = undefined;
    await this.updateComplete;
    this.find<HTMLButtonElement>('[part~="add-button"]')?.focus();
  };

  private readonly onNewLabelInput = (event: Event): void => {
    this.newLabel = (event.target as HTMLInputElement).value;
    this.addError = undefined;
  };

  private readonly onNewLabelKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing) {
      // Handled here rather than by implicit submission so synthetic and real keys behave alike.
      event.preventDefault();
      void this.submitNewPiece();
    } else if (event.key === 'Escape') {
      // Handled: a dialog around the editor must not close as well.
      event.preventDefault();
      event.stopPropagation();
      void this.cancelAdd();
    }
  };

  private readonly onAddSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submitNewPiece();
  };

  private async submitNewPiece(): Promise<void> {
    const client = this.activeClient;
    const riskTypeId = this.riskTypeId;
    if (!client || this.busy) return;
    const field = this.find<HTMLInputElement>('#new-piece');
    const input: ExpectedPieceInput = { label: field?.value ?? this.newLabel };
    if (!this.emit('dossier-piece-add-request', { riskTypeId, input }, { cancelable: true })) return;
    this.busy = true;
    try {
      const piece = await client.pieces.add(riskTypeId, input);
      if (riskTypeId === this.riskTypeId) {
        this.newLabel = '';
        this.addError = undefined;
        this.setPieces((pieces) => (pieces.some((p) => p.id === piece.id) ? pieces : [...pieces, piece]));
      }
      this.emit('dossier-piece-added', { piece });
      this.announce(this.text(piecesEditorMessages).added(piece.label));
    } catch (error) {
      this.addError = error;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.find<HTMLInputElement>('#new-piece')?.focus();
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
      this.announce(this.text(piecesEditorMessages).renamed(piece.label, updated.label));
      await this.focusAfterUpdate(piece.id, '[data-action="rename"]');
    } catch (error) {
      this.renameError = error;
      await this.updateComplete;
      field.focus();
    } finally {
      this.busy = false;
    }
  }

  // — Reordering —

  private onRowKeydown(event: KeyboardEvent, piece: ExpectedPiece): void {
    const target = event.composedPath()[0];
    if (isFormField(target)) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.move(piece.id, (from) => from + delta, 'row');
      return;
    }
    // Plain arrows walk from row to row, only when the row itself has the focus.
    if (target !== event.currentTarget || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const rows = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('[part~="piece"]')];
    rows[rows.indexOf(target as HTMLElement) + delta]?.focus();
  }

  /** Queues a move of `pieceId` to the index `target` computes from its index when the move runs. */
  private move(pieceId: string, target: (from: number, total: number) => number, focus: MoveFocus): void {
    this.moveQueue = this.moveQueue.then(() => this.runMove(pieceId, target, focus));
  }

  private async runMove(pieceId: string, target: (from: number, total: number) => number, focus: MoveFocus): Promise<void> {
    const client = this.activeClient;
    const riskTypeId = this.riskTypeId;
    const pieces = this.piecesQuery.value;
    if (!client || !pieces) return;
    const from = pieces.findIndex((piece) => piece.id === pieceId);
    const moved = pieces[from];
    if (!moved) return;
    const to = Math.max(0, Math.min(pieces.length - 1, target(from, pieces.length)));
    if (to === from) return;
    const ids = pieces.map((piece) => piece.id);
    ids.splice(from, 1);
    ids.splice(to, 0, pieceId);
    try {
      const reordered = await client.pieces.reorder(riskTypeId, ids);
      if (riskTypeId !== this.riskTypeId) return;
      this.setPieces(() => reordered);
      this.actionError = undefined;
      this.emit('dossier-pieces-reordered', { riskTypeId, pieces: reordered });
      this.announce(this.text(piecesEditorMessages).moved(moved.label, to + 1, reordered.length));
      await this.updateComplete;
      const row = this.rowOf(pieceId);
      const button = focus === 'row' ? null : row?.querySelector<HTMLButtonElement>(`[data-action="${focus}"]`);
      // The button the person used may now be disabled (top or bottom reached): the row keeps the focus then.
      (button && !button.disabled ? button : row)?.focus();
    } catch (error) {
      this.actionError = error;
    }
  }

  private onDragStart(event: DragEvent, piece: ExpectedPiece): void {
    if (this.renamingId === piece.id || this.optionsDrafts.has(piece.id) || this.confirmingId === piece.id) return;
    this.draggingId = piece.id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, piece.id);
    }
  }

  private onDragOver(event: DragEvent, piece: ExpectedPiece): void {
    if (this.draggingId === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const position = dropPosition(event);
    if (this.dropTarget?.pieceId !== piece.id || this.dropTarget.position !== position) this.dropTarget = { pieceId: piece.id, position };
  }

  private onDragLeave(event: DragEvent, piece: ExpectedPiece): void {
    const row = event.currentTarget as HTMLElement;
    const related = event.relatedTarget as Node | null;
    if (related && row.contains(related)) return;
    if (this.dropTarget?.pieceId === piece.id) this.dropTarget = undefined;
  }

  private onDrop(event: DragEvent, piece: ExpectedPiece): void {
    const draggedId = this.draggingId ?? (event.dataTransfer?.getData(DRAG_TYPE) || undefined);
    if (draggedId === undefined) return;
    event.preventDefault();
    const position = this.dropTarget?.pieceId === piece.id ? this.dropTarget.position : dropPosition(event);
    this.draggingId = undefined;
    this.dropTarget = undefined;
    if (draggedId === piece.id) return;
    const targetId = piece.id;
    this.move(
      draggedId,
      () => {
        const remaining = (this.piecesQuery.value ?? []).map((p) => p.id).filter((id) => id !== draggedId);
        return remaining.indexOf(targetId) + (position === 'after' ? 1 : 0);
      },
      'row',
    );
  }

  private readonly onDragEnd = (): void => {
    this.draggingId = undefined;
    this.dropTarget = undefined;
  };

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
      this.announce(this.text(piecesEditorMessages).removed(piece.label));
      await this.updateComplete;
      (neighbour ? this.rowOf(neighbour.id) : this.find<HTMLElement>('[part~="add-button"], #new-piece'))?.focus();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  // — Options —

  private toggleOptions(piece: ExpectedPiece): void {
    if (this.optionsDrafts.has(piece.id)) {
      this.closeOptions(piece.id, true);
      return;
    }
    this.optionsDrafts = new Map(this.optionsDrafts).set(piece.id, readPieceOptions(piece));
  }

  private closeOptions(pieceId: string, focusToggle: boolean): void {
    if (!this.optionsDrafts.has(pieceId)) return;
    const drafts = new Map(this.optionsDrafts);
    drafts.delete(pieceId);
    this.optionsDrafts = drafts;
    const errors = new Map(this.optionsErrors);
    errors.delete(pieceId);
    this.optionsErrors = errors;
    if (focusToggle) void this.focusAfterUpdate(pieceId, '[data-action="options"]');
  }

  private updateDraft(pieceId: string, change: Partial<PieceOptionsDraft>): void {
    const draft = this.optionsDrafts.get(pieceId);
    if (!draft) return;
    this.optionsDrafts = new Map(this.optionsDrafts).set(pieceId, { ...draft, ...change });
  }

  private updateRequirement(pieceId: string, change: Partial<RequirementDraft>): void {
    const draft = this.optionsDrafts.get(pieceId);
    if (!draft) return;
    this.updateDraft(pieceId, { requirement: { ...draft.requirement, ...change } });
  }

  private toggleKind(pieceId: string, kind: AcceptKindId, checked: boolean): void {
    const draft = this.optionsDrafts.get(pieceId);
    if (!draft) return;
    const kinds = draft.kinds.filter((k) => k !== kind);
    this.updateDraft(pieceId, { kinds: checked ? [...kinds, kind] : kinds });
  }

  private replaceAdvanced(pieceId: string): void {
    this.updateDraft(pieceId, { advanced: undefined, requirement: { ...emptyRequirementDraft(), mode: 'profile' } });
    void this.focusAfterUpdate(pieceId, '[part~="options"] select');
  }

  private async saveOptions(piece: ExpectedPiece): Promise<void> {
    const client = this.activeClient;
    const draft = this.optionsDrafts.get(piece.id);
    if (!client || !draft || this.busy) return;
    const t = this.text(piecesEditorMessages);
    const patch = pieceOptionsPatch(piece, draft);
    if (Object.keys(patch).length === 0) {
      this.closeOptions(piece.id, true);
      this.announce(t.noChange);
      return;
    }
    this.busy = true;
    try {
      const updated = await client.pieces.update(piece.id, patch);
      this.setPieces((pieces) => pieces.map((p) => (p.id === updated.id ? updated : p)));
      this.closeOptions(piece.id, true);
      this.emit('dossier-piece-updated', { piece: updated });
      this.announce(t.saved(updated.label));
    } catch (error) {
      this.optionsErrors = new Map(this.optionsErrors).set(piece.id, error);
    } finally {
      this.busy = false;
    }
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
}

/** Whether the pointer is over the upper or lower half of the row under it. */
function dropPosition(event: DragEvent): 'before' | 'after' {
  const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}

/** A number field's text; text Chromium could not read as a number is kept as "NaN" so core refuses it rather than it being read as empty. */
function numberFieldText(event: Event): string {
  const input = event.target as HTMLInputElement;
  return input.validity.badInput ? 'NaN' : input.value;
}

function optionsFieldOf(error: unknown): OptionsField | undefined {
  if (!isDossierError(error)) return undefined;
  const field = error.details.field;
  return field === 'requirement' || field === 'accept' || field === 'maxBytes' || field === 'validityDays' ? field : undefined;
}
