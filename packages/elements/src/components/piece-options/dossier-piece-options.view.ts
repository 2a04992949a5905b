import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { isDossierError } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { piecesEditor as piecesEditorFr } from '../pieces-editor/dossier-pieces-editor.messages.fr.js';
import { ACCEPT_KINDS, type AcceptKindId } from '../pieces-editor/accept-kinds.js';
import type { PiecesEditorMessages } from '../pieces-editor/dossier-pieces-editor.messages.js';
import { pieceOptionsPatch, readPieceOptions, type PieceOptionsDraft } from '../pieces-editor/piece-options-draft.js';
import {
  emptyRequirementDraft,
  SIMPLE_OPERATORS,
  type RequirementDraft,
  type RequirementMode,
  type RuleEffect,
  type SimpleOperator,
} from '../pieces-editor/requirement-draft.js';
import { attributeChoices, attributeOfText, attributeText, matchingChoices, type AttributeChoice } from './attribute-choice.js';
import type { DossierPieceOptions, PieceOptionsViewMethods } from './dossier-piece-options.component.js';
import { adoptScopedStyles } from '../../styles/adopt-scoped-styles.js';
import { pieceOptionsStyles } from './dossier-piece-options.styles.js';

/** Fields an error from core may point at (its `details.field`). */
type OptionsField = 'requirement' | 'accept' | 'maxBytes' | 'validityDays';

/** `<dossier-piece-options>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierPieceOptions): ElementViewClass {
  return class DossierPieceOptionsView extends Element implements PieceOptionsViewMethods {
    protected override render(): unknown {
      // Scoped by its tag name, in the document or shadow root it renders in (it has no shadow root of its own).
      adoptScopedStyles(this, pieceOptionsStyles);
      const piece = this.piece;
      const draft = this.currentDraft();
      if (!piece || !draft) return nothing;
      const t = this.text('piecesEditor', piecesEditorFr);
      const id = this.id || this.fallbackId;
      const errorField = optionsFieldOf(this.error);
      const mode = draft.requirement.mode;
      const modes: readonly [RequirementMode, string][] = [
        ['mandatory', t.mandatory],
        ['optional', t.optional],
        ['profile', t.profile],
      ];
      // Keyed by piece: the number fields keep what is typed (no value binding fights the typing), so another piece needs new fields.
      return keyed(
        piece.id,
        html`<div part="options" class="options" role="group" aria-label=${t.optionsOf(piece.label)}>
        <fieldset>
          <legend>${t.requirement}</legend>
          ${modes.map(
            ([value, text]) => html`<label class="choice">
              <input type="radio" name=${`${id}-mode`} value=${value} .checked=${live(mode === value)} @change=${() => this.updateRequirement({ mode: value })} />
              ${text}
            </label>`,
          )}
          ${mode === 'profile' ? (draft.advanced !== undefined ? this.renderAdvanced(draft, t) : this.renderRule(id, draft.requirement, t)) : nothing}
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
                @change=${(event: Event) => this.toggleKind(kind.id, (event.target as HTMLInputElement).checked)}
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
            @input=${(event: Event) => this.updateDraft({ maxMegabytes: numberFieldText(event) })}
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
            @input=${(event: Event) => this.updateDraft({ validityDays: numberFieldText(event) })}
          />
          <span id=${`${id}-validity-hint`} class="hint">${t.validityHint}</span>
        </div>
        ${this.error === undefined ? nothing : html`<p part="field-error" class="error field-error" role="alert">${this.errorText(this.error)}</p>`}
        <div class="buttons">
          <button part="button" class="primary" type="button" data-action="options-save" @click=${() => void this.save()}>${t.saveOptions}</button>
          <button part="button" type="button" data-action="options-cancel" @click=${this.cancel}>${this.text('common', commonFr).cancel}</button>
        </div>
      </div>`,
      );
    }

    private renderRule(id: string, rule: RequirementDraft, t: PiecesEditorMessages): TemplateResult {
      const effects: readonly RuleEffect[] = ['mandatoryWhen', 'optionalWhen'];
      const suggestion = this.profileAttributes.find((candidate) => candidate.attr === rule.attr.trim());
      return html`<div class="rule">
        <div class="field">
          <label for=${`${id}-effect`}>${t.effectLabel}</label>
          <select id=${`${id}-effect`} part="input" @change=${(event: Event) => this.updateRequirement({ effect: (event.target as HTMLSelectElement).value as RuleEffect })}>
            ${effects.map((effect) => html`<option value=${effect} ?selected=${rule.effect === effect}>${t.effect[effect]}</option>`)}
          </select>
        </div>
        ${this.renderAttributeField(id, rule, t)}
        <div class="field">
          <label for=${`${id}-operator`}>${t.operatorLabel}</label>
          <select id=${`${id}-operator`} part="input" @change=${(event: Event) => this.updateRequirement({ operator: (event.target as HTMLSelectElement).value as SimpleOperator })}>
            ${SIMPLE_OPERATORS.map((operator) => html`<option value=${operator} ?selected=${rule.operator === operator}>${t.operator[operator]}</option>`)}
          </select>
        </div>
        ${
          rule.operator === 'exists'
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
                @input=${(event: Event) => this.updateRequirement({ value: (event.target as HTMLInputElement).value })}
              />
              ${
                suggestion && suggestion.values.length > 0
                  ? html`<datalist id=${`${id}-values`}>${suggestion.values.map((value) => html`<option value=${value}></option>`)}</datalist>`
                  : nothing
              }
              <span id=${`${id}-value-hint`} class="hint">${t.valueHint}</span>
            </div>`
        }
      </div>`;
    }

    /**
     * The attribute field: a combobox that shows the attribute's name in the
     * broker's locale and stores its key. Typing filters the suggestions; the
     * arrow keys move through them, Enter picks one, Escape closes the list. Text
     * that names no suggestion is stored as typed (hosts may use any attribute).
     */
    private renderAttributeField(id: string, rule: RequirementDraft, t: PiecesEditorMessages): TemplateResult {
      const choices = this.attributeChoices(t);
      const shown = this.attrTyped ?? attributeText(rule.attr, choices);
      const matches = matchingChoices(this.attrTyped ?? '', choices);
      const open = this.attrOpen && matches.length > 0;
      const active = open && this.attrActive >= 0 && this.attrActive < matches.length ? this.attrActive : -1;
      return html`<div class="field">
        <label for=${`${id}-attr`}>${t.attribute}</label>
        <div class="combobox">
          <input
            id=${`${id}-attr`}
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`${id}-attrs`}
            aria-activedescendant=${active >= 0 ? `${id}-attr-${active}` : nothing}
            .value=${live(shown)}
            @input=${(event: Event) => this.typeAttribute((event.target as HTMLInputElement).value, choices)}
            @keydown=${(event: KeyboardEvent) => this.attributeKey(event, matches, active)}
            @blur=${() => this.closeAttributes()}
          />
          <ul id=${`${id}-attrs`} part="attribute-options" class="attribute-options" role="listbox" aria-label=${t.attribute} ?hidden=${!open}>
            ${matches.map(
              (choice, index) => html`<li
                id=${`${id}-attr-${index}`}
                role="option"
                aria-selected=${index === active ? 'true' : 'false'}
                data-attr=${choice.attr}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.chooseAttribute(choice)}
              >
                <span class="attribute-name">${choice.name}</span>${choice.hint ? html` <span class="hint">${choice.hint}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </div>
      </div>`;
    }

    private attributeChoices(t: PiecesEditorMessages): AttributeChoice[] {
      return attributeChoices(this.profileAttributes, this.activeLocale, t.attributeSuggestions);
    }

    private typeAttribute(text: string, choices: readonly AttributeChoice[]): void {
      this.attrTyped = text;
      this.attrOpen = true;
      this.attrActive = -1;
      this.updateRequirement({ attr: attributeOfText(text, choices) });
    }

    private chooseAttribute(choice: AttributeChoice): void {
      this.attrTyped = undefined;
      this.closeAttributes();
      this.updateRequirement({ attr: choice.attr });
    }

    private closeAttributes(): void {
      this.attrOpen = false;
      this.attrActive = -1;
    }

    private attributeKey(event: KeyboardEvent, matches: readonly AttributeChoice[], active: number): void {
      const open = this.attrOpen && matches.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!open) {
          this.attrOpen = true;
          this.attrActive = event.key === 'ArrowDown' ? 0 : Math.max(matches.length - 1, 0);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.attrActive = active < 0 ? (step > 0 ? 0 : matches.length - 1) : (active + step + matches.length) % matches.length;
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        this.chooseAttribute(matches[active]!);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        event.stopPropagation();
        this.closeAttributes();
      }
    }

    private renderAdvanced(draft: PieceOptionsDraft, t: PiecesEditorMessages): TemplateResult {
      return html`<div part="advanced-rule" class="advanced">
        <p><strong>${t.advancedRule}</strong> — ${t.advancedHint}</p>
        <pre>${JSON.stringify(draft.advanced, null, 2)}</pre>
        <button part="button" type="button" data-action="replace-advanced" @click=${this.replaceAdvanced}>${t.replaceAdvanced}</button>
      </div>`;
    }

    private cancel(): void {
      if (this.piece) this.emit('dossier-piece-options-close', { piece: this.piece, outcome: 'cancelled' });
    }

    /** Saves what changed; with nothing changed, closes (see `save()`). */
    async saveOptions(): Promise<void> {
      const client = this.activeClient;
      const piece = this.piece;
      const draft = this.currentDraft();
      if (!client || !piece || !draft || this.busy) return;
      const patch = pieceOptionsPatch(piece, draft);
      if (Object.keys(patch).length === 0) {
        this.emit('dossier-piece-options-close', { piece, outcome: 'unchanged' });
        return;
      }
      this.busy = true;
      try {
        const updated = await client.pieces.update(piece.id, patch);
        this.emit('dossier-piece-updated', { piece: updated });
        this.emit('dossier-piece-options-close', { piece: updated, outcome: 'saved' });
      } catch (error) {
        this.error = error;
      } finally {
        this.busy = false;
      }
    }

    /** What the panel shows: what the person changed, else the piece as it was when the panel started on it. */
    private currentDraft(): PieceOptionsDraft | undefined {
      return this.draft ?? (this.draftFrom ? readPieceOptions(this.draftFrom) : undefined);
    }

    private updateDraft(change: Partial<PieceOptionsDraft>): void {
      const draft = this.currentDraft();
      if (draft) this.draft = { ...draft, ...change };
    }

    private updateRequirement(change: Partial<RequirementDraft>): void {
      const draft = this.currentDraft();
      if (draft) this.updateDraft({ requirement: { ...draft.requirement, ...change } });
    }

    private toggleKind(kind: AcceptKindId, checked: boolean): void {
      const draft = this.currentDraft();
      if (!draft) return;
      const kinds = draft.kinds.filter((k) => k !== kind);
      this.updateDraft({ kinds: checked ? [...kinds, kind] : kinds });
    }

    private async replaceAdvanced(): Promise<void> {
      this.updateDraft({ advanced: undefined, requirement: { ...emptyRequirementDraft(), mode: 'profile' } });
      await this.updateComplete;
      this.querySelector<HTMLSelectElement>('select')?.focus();
    }
  };
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
