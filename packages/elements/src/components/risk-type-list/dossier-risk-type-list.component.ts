import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { adoptScopedStyles } from '../../styles/adopt-scoped-styles.js';
import { riskTypeListStyles } from './dossier-risk-type-list.styles.js';

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
  /** The risk types, in order. */
  @property({ attribute: false }) riskTypes: readonly RiskType[] = [];

  /** The selected risk type. Picking another one fires `dossier-risk-type-select`; the host sets this in answer. */
  @property({ attribute: 'selected-id' }) selectedId = '';

  /** The button reachable with Tab: the one last focused, else the selected one, else the first. */
  @state() private rovingId: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptScopedStyles(this, riskTypeListStyles);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.rovingId !== undefined && !this.riskTypes.some((riskType) => riskType.id === this.rovingId)) this.rovingId = undefined;
  }

  protected override render(): TemplateResult<1> {
    const roving = this.rovingId ?? (this.riskTypes.find((riskType) => riskType.id === this.selectedId) ?? this.riskTypes[0])?.id;
    return html`
      <ul part="risk-types" class="risk-types" @keydown=${this.onKeydown}>
        ${repeat(
          this.riskTypes,
          (riskType) => riskType.id,
          (riskType) => {
            const selected = riskType.id === this.selectedId;
            return html`<li>
              <button
                part=${selected ? 'button risk-type risk-type-selected' : 'button risk-type'}
                type="button"
                data-risk-type-id=${riskType.id}
                aria-current=${selected ? 'true' : 'false'}
                tabindex=${riskType.id === roving ? '0' : '-1'}
                @click=${() => this.select(riskType.id)}
              >
                ${riskType.label}
              </button>
            </li>`;
          },
        )}
      </ul>
    `;
  }

  private select(riskTypeId: string): void {
    this.rovingId = riskTypeId;
    if (riskTypeId !== this.selectedId) this.emit('dossier-risk-type-select', { riskTypeId });
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[part~="risk-type"]')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(current + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[next];
    if (!target) return;
    this.rovingId = target.dataset.riskTypeId;
    target.focus();
  };
}
