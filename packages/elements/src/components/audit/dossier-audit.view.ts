import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { nextReminderAt, type AuditRow } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { cssomStyle } from '../../directives/cssom-style.js';
import { audit as auditFr } from './dossier-audit.messages.fr.js';
import type { AuditPhaseFilter } from './audit-phase-filter.js';
import type { AuditMessages } from './dossier-audit.messages.js';
import type { DossierAudit } from './dossier-audit.component.js';

export { auditStyles as styles } from './dossier-audit.styles.js';

const mailIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/></svg>`;

const DAY_MS = 86_400_000;

/** `<dossier-audit>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierAudit): ElementViewClass {
  return class DossierAuditView extends Element {
    protected override render(): TemplateResult<1> {
      const t = this.text('audit', auditFr);
      const common = this.text('common', commonFr);
      if (this.window.status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>`;
      const total = this.window.total;
      const totalText = total === undefined ? '' : t.total(total, new Intl.NumberFormat(this.localeTag()).format(total), this.phase);
      return html`
        <header part="header">
          <h2 part="title">${t.title}</h2>
          <p part="total" role="status" aria-live="polite">${totalText}</p>
        </header>
        ${this.renderFilters(t)}
        ${this.renderBody(t, common.loading, common.retry)}
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
          ${
            this.reminderFor
              ? html`<div class="dialog-header">
                  <h2 id="dialog-title">${t.reminderTitle(this.reminderFor.clientName)}</h2>
                  <button type="button" class="close" aria-label=${common.close} @click=${() => this.dialogElement?.close()}>×</button>
                </div>
                <dossier-reminder
                  .client=${this.activeClient}
                  .locale=${this.activeLocale}
                  .transport=${this.reminderTransport}
                  dossier-id=${this.reminderFor.id}
                ></dossier-reminder>`
              : nothing
          }
        </dialog>
      `;
    }

    private renderFilters(t: AuditMessages) {
      const riskTypes = this.riskTypes.value ?? [];
      const known = riskTypes.some((r) => r.id === this.riskTypeId);
      return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
        <label>
          <span>${t.riskType}</span>
          <select class="risk-types" @change=${(e: Event) => (this.riskTypeId = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.riskTypeId === ''}>${t.allRiskTypes}</option>
            ${riskTypes.map((r) => html`<option value=${r.id} ?selected=${r.id === this.riskTypeId}>${r.label}</option>`)}
            ${this.riskTypeId && !known ? html`<option value=${this.riskTypeId} selected>${this.riskTypeId}</option>` : nothing}
          </select>
        </label>
        <label>
          <span>${t.phase}</span>
          <select @change=${(e: Event) => (this.phase = (e.target as HTMLSelectElement).value as AuditPhaseFilter)}>
            ${(['contract', 'proposal', 'both'] as const).map(
              (phase) => html`<option value=${phase} ?selected=${phase === this.phase}>${t.phases[phase]}</option>`,
            )}
          </select>
        </label>
        <div class="checks">
          <label class="check">
            <input type="checkbox" .checked=${this.onlyIncomplete} @change=${(e: Event) => (this.onlyIncomplete = (e.target as HTMLInputElement).checked)} />
            <span>${t.onlyIncomplete}</span>
          </label>
          <label class="check">
            <input type="checkbox" part="exhausted-filter" .checked=${this.onlyRemindersExhausted} @change=${(e: Event) => (this.onlyRemindersExhausted = (e.target as HTMLInputElement).checked)} />
            <span>${t.onlyRemindersExhausted}</span>
          </label>
          <label class="check">
            <input type="checkbox" part="review-filter" .checked=${this.onlyToReview} @change=${(e: Event) => (this.onlyToReview = (e.target as HTMLInputElement).checked)} />
            <span>${t.onlyToReview}</span>
          </label>
        </div>
        <label>
          <span>${t.order}</span>
          <select @change=${(e: Event) => (this.order = (e.target as HTMLSelectElement).value === 'newest' ? 'newest' : 'oldest')}>
            <option value="oldest" ?selected=${this.order !== 'newest'}>${t.oldest}</option>
            <option value="newest" ?selected=${this.order === 'newest'}>${t.newest}</option>
          </select>
        </label>
      </div>`;
    }

    private renderBody(t: AuditMessages, loading: string, retry: string) {
      const { status, error, total } = this.window;
      if (status === 'error') {
        return html`<div class="state error" role="alert">
          <span>${this.errorText(error)}</span>
          <button type="button" @click=${() => this.window.reload()}>${retry}</button>
        </div>`;
      }
      if (total === undefined) return html`<p class="state" role="status" aria-busy="true">${loading}</p>`;
      if (total === 0) {
        const filtered =
          this.riskTypeId !== '' || this.phase !== 'contract' || !this.onlyIncomplete || this.onlyRemindersExhausted || this.onlyToReview;
        return html`<div class="state empty" part="empty">
          <p>${filtered ? t.emptyFiltered : t.empty}</p>
          ${filtered ? html`<button type="button" part="reset-button" @click=${this.resetFilters}>${t.resetFilters}</button>` : nothing}
        </div>`;
      }
      const [first, end] = this.range();
      const indices: number[] = [];
      for (let index = first; index < Math.min(end, total); index += 1) indices.push(index);
      const days = new Intl.NumberFormat(this.localeTag(), { style: 'unit', unit: 'day', unitDisplay: 'long' });
      const dates = new Intl.DateTimeFormat(this.localeTag(), { dateStyle: 'medium' });
      const now = Date.now();
      const c = t.columns;
      return html`<div
        part="table"
        class="table"
        role="table"
        aria-label=${t.title}
        aria-rowcount=${total + 1}
        aria-busy=${this.window.busy ? 'true' : 'false'}
        @scroll=${this.onScroll}
      >
        <div role="rowgroup" class="head">
          <div role="row" part="header-row" class="row" aria-rowindex="1">
            <span role="columnheader">${c.client}</span>
            <span role="columnheader">${c.contract}</span>
            <span role="columnheader">${c.risk}</span>
            <span role="columnheader">${c.missing}</span>
            <span role="columnheader">${c.age}</span>
            <span role="columnheader">${c.lastReminder}</span>
            <span role="columnheader"><span class="visually-hidden">${c.actions}</span></span>
          </div>
        </div>
        <div role="rowgroup" class="body" ${cssomStyle({ height: `${total * this.rowHeight}px` })}>
          ${repeat(
            indices,
            (index) => index,
            (index) => {
              const row = this.window.row(index);
              // Through the CSSOM, never a style="…" string: a host's `style-src 'self'` blocks those.
              const style = cssomStyle({ top: `${index * this.rowHeight}px`, height: `${this.rowHeight}px` });
              if (!row) {
                return html`<div role="row" part="row" class="row placeholder" aria-rowindex=${index + 2} ${style}>
                  <span role="cell" class="muted">${loading}</span>
                </div>`;
              }
              const toReview = row.toReview ?? 0;
              const missing = [
                row.missingLabels.length > 0 ? row.missingLabels.join(', ') : toReview > 0 ? '' : t.nothingMissing,
                toReview > 0 ? t.toReview(toReview) : '',
              ]
                .filter(Boolean)
                .join(' · ');
              const age = Math.max(0, Math.floor((now - Date.parse(row.since)) / DAY_MS));
              return html`<div role="row" part="row" class="row" aria-rowindex=${index + 2} ${style} data-dossier-id=${row.id}>
                <span role="cell" class="cell">
                  <button type="button" part="client" class="link" title=${row.clientName} @click=${() => this.openDossier(row.id)}><span class="clamp">${row.clientName}</span></button>
                </span>
                <span role="cell" class="ellipsis">
                  <button type="button" part="contract" class="link" @click=${() => this.openDossier(row.id)}>${row.contractId ?? row.id}</button>
                </span>
                <span role="cell" class="clamp" part="risk" title=${row.riskTypeLabel}>${row.riskTypeLabel}</span>
                <span role="cell" class="ellipsis missing" title=${missing}>${missing}</span>
                <span role="cell" class="number">${Number.isFinite(age) ? days.format(age) : ''}</span>
                <span role="cell" class="reminders">
                  ${row.lastReminderAt ? html`<time datetime=${row.lastReminderAt}>${dates.format(new Date(row.lastReminderAt))}</time>` : html`<span class="muted">${t.never}</span>`}
                  ${this.renderNextReminder(row, t, dates)}
                </span>
                <span role="cell" class="action">
                  <button type="button" part="remind-button" class="icon" aria-label=${t.remind(row.clientName)} title=${t.remind(row.clientName)} aria-haspopup="dialog" @click=${(e: Event) => this.openReminder(row, e.currentTarget as HTMLElement)}>
                    ${mailIcon}
                  </button>
                </span>
              </div>`;
            },
          )}
        </div>
      </div>`;
    }

    /** "Prochaine relance le …" under the last reminder, when the dossier's schedule plans one. */
    private renderNextReminder(row: AuditRow, t: AuditMessages, dates: Intl.DateTimeFormat) {
      const next = nextReminderAt(row, new Date());
      if (next === null) return nothing;
      return html`<small part="next-reminder" class="next-reminder"><time datetime=${next}>${t.nextReminder(dates.format(new Date(next)))}</time></small>`;
    }

    private localeTag(): string {
      return this.intlLocale;
    }

    /** Re-renders only when the first visible row changes, not on every scrolled pixel. */
    private onScroll(event: Event): void {
      const first = Math.floor((event.currentTarget as HTMLElement).scrollTop / this.rowHeight);
      if (first !== this.firstVisible) this.firstVisible = first;
    }

    /** The empty state's way back: the default filters (incomplete contracts of every risk type), order kept. */
    private resetFilters(): void {
      this.riskTypeId = '';
      this.phase = 'contract';
      this.onlyIncomplete = true;
      this.onlyRemindersExhausted = false;
      this.onlyToReview = false;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLSelectElement>('.filters select')?.focus());
    }

    private openDossier(dossierId: string): void {
      this.emit('dossier-audit-open', { dossierId });
    }

    private openReminder(row: AuditRow, opener: HTMLElement): void {
      this.opener = opener;
      this.reminderFor = row;
    }

    private onDialogClose(): void {
      this.reminderFor = undefined;
      const opener = this.opener;
      this.opener = undefined;
      if (opener?.isConnected) opener.focus();
    }
  };
}
