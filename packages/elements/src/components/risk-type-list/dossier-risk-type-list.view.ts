import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DossierRiskTypeList } from './dossier-risk-type-list.component.js';
import { adoptScopedStyles } from '../../styles/adopt-scoped-styles.js';
import { riskTypeListStyles } from './dossier-risk-type-list.styles.js';

/** `<dossier-risk-type-list>`'s rendering and what its keys do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierRiskTypeList): ElementViewClass {
  return class DossierRiskTypeListView extends Element {
    protected override render(): TemplateResult<1> {
      // Scoped by its tag name, in the document or shadow root it renders in (it has no shadow root of its own).
      adoptScopedStyles(this, riskTypeListStyles);
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

    private onKeydown(event: KeyboardEvent): void {
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
    }
  };
}
