import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CollectedDocument, PieceStatus, RejectionReason } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import type { CommonMessages } from '../../i18n/common-messages.js';
import type { ChecklistData } from './checklist-data.js';
import { CHECKLIST_GROUPS, type ChecklistGroup } from './checklist-group.js';
import type { DossierChecklist } from './dossier-checklist.component.js';
import type { ChecklistMessages } from './dossier-checklist.messages.js';
import { checklist as checklistFr } from './dossier-checklist.messages.fr.js';

export { checklistStyles as styles } from './dossier-checklist.styles.js';

/** The reasons the checklist offers (free text is the tracker's). */
const COMMON_REASONS = ['illegible', 'expired', 'wrong-document', 'incomplete'] as const;

/** `<dossier-checklist>`'s rendering and what its controls do (add, accept, refuse), loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierChecklist): ElementViewClass {
  return class DossierChecklistView extends Element {
    protected override render(): TemplateResult<1> {
      const t = this.text('checklist', checklistFr);
      const common = this.text('common', commonFr);
      const { status, value, error } = this.data;
      if (status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>`;
      if (status === 'error') {
        return html`<div part="base" role="alert">
          <p class="error">${this.errorText(error)}</p>
          <button type="button" class="retry" @click=${() => this.data.reload()}>${common.retry}</button>
        </div>`;
      }
      if (!value) return html`<div part="base" aria-busy="true"><p class="loading" role="status">${common.loading}</p></div>`;
      const groups = this.groups;
      const unclassified = [...value.documents.values()].filter((d) => d.pieceId === null);
      const summary = [
        ...CHECKLIST_GROUPS.map((group) => t.count[group](groups[group].length)),
        ...(unclassified.length ? [t.unclassified(unclassified.length)] : []),
      ].join(', ');
      return html`<div part="base" aria-busy="false">
        ${
          value.completeness.pieces.length === 0
            ? html`<p part="empty">${t.noPieces}</p>`
            : html`<ul part="summary" aria-label=${t.title}>
                ${CHECKLIST_GROUPS.map(
                  (group) => html`<li class=${`count ${group}`} data-group=${group}>
                    <span class="count-number">${groups[group].length}</span> <span class="count-label">${t.group[group]}</span>
                  </li>`,
                )}
              </ul>
              ${CHECKLIST_GROUPS.map((group) => (groups[group].length ? this.renderGroup(group, groups[group], value, t, common) : nothing))}`
        }
        ${
          unclassified.length
            ? html`<section part="group group-unclassified" aria-labelledby="group-unclassified">
              <h3 part="group-title" id="group-unclassified">${common.unclassified} <span part="group-count">(${unclassified.length})</span></h3>
              <ul part="documents">
                ${unclassified.map((d) => html`<li part="document">${d.originalName}</li>`)}
              </ul>
            </section>`
            : nothing
        }
        <dossier-drop-zone part="drop-zone" .client=${this.activeClient} .locale=${this.activeLocale} dossier-id=${this.dossierId}></dossier-drop-zone>
        <p class="visually-hidden" role="status" aria-live="polite">${summary}</p>
      </div>`;
    }

    private renderGroup(
      group: ChecklistGroup,
      pieces: readonly PieceStatus[],
      data: ChecklistData,
      t: ChecklistMessages,
      common: CommonMessages,
    ) {
      const titleId = `group-${group}`;
      return html`<section part=${`group group-${group}`} aria-labelledby=${titleId}>
        <h3 part="group-title" id=${titleId}>${t.group[group]} <span part="group-count">(${pieces.length})</span></h3>
        <ul class="pieces">
          ${pieces.map((piece) => this.renderPiece(piece, group, data, t, common))}
        </ul>
      </section>`;
    }

    private renderPiece(piece: PieceStatus, group: ChecklistGroup, data: ChecklistData, t: ChecklistMessages, common: CommonMessages) {
      const documents = piece.documentIds.map((id) => data.documents.get(id)).filter((d): d is CollectedDocument => d !== undefined);
      const waiver = data.dossier.waivers[piece.pieceId];
      // "À obtenir" and "Non requises" already say missing, and required or not, once for their group.
      const saidByGroup = group === 'remaining' || group === 'not-required';
      const statusText = [
        ...(saidByGroup && piece.status === 'missing' ? [] : [common.status[piece.status]]),
        ...(saidByGroup ? [] : [piece.required ? common.required : common.notRequired]),
        ...(piece.requiredReason === 'rule-matched' || piece.requiredReason === 'rule-not-matched'
          ? [common.requiredReason[piece.requiredReason]]
          : []),
        ...(piece.status === 'obtained' ? [t.toArchive] : []),
        ...(piece.expiresAt && (piece.status === 'obtained' || piece.status === 'archived')
          ? [t.expiresOn(this.formatDate(piece.expiresAt))]
          : []),
      ].join(' · ');
      return html`<li part=${`piece piece-${piece.status}`} data-piece-id=${piece.pieceId}>
        <div class="piece-head">
          <span part="piece-label" class="label">${piece.label}</span>
          ${statusText ? html`<span part="piece-status" class="status">${statusText}</span>` : nothing}
        </div>
        ${waiver ? html`<p class="reason">${t.waivedBecause(waiver.reason)}</p>` : nothing}
        ${
          documents.length
            ? html`<ul part="documents" aria-label=${t.documentsOf(piece.label)}>
              ${documents.map(
                // One line: the item's text is the document's name (and its state), nothing around it.
                (d) =>
                  html`<li part="document">${d.originalName}${d.state === 'archived' ? html` <span class="doc-state">(${t.archivedDocument})</span>` : nothing}${d.review && d.review.status !== 'accepted' ? html` <span class="doc-state" part="review review-${d.review.status}">(${d.review.status === 'pending' ? t.review.pending : t.review.rejected})</span>` : nothing}${d.review?.status === 'pending' && data.dossier.phase !== 'archived' && data.dossier.phase !== 'lost' ? this.renderReview(d) : nothing}</li>`,
              )}
            </ul>`
            : nothing
        }
        ${
          group === 'remaining' || group === 'not-required'
            ? html`<button part="add" type="button" class="add primary" aria-label=${t.addDocumentFor(piece.label)} @click=${() => this.openPicker(piece.pieceId)}>
              ${t.addDocument}
            </button>`
            : nothing
        }
      </li>`;
    }

    /** "Accepter" and "Refuser" of a document waiting for review (the tracker's texts), or the reason to pick. */
    private renderReview(document: CollectedDocument): TemplateResult<1> {
      const r = this.text('checklist', checklistFr).review;
      const common = this.text('common', commonFr);
      const form = this.review.formFor(document.id);
      if (form) {
        const id = `reject-${document.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        return html`<span class="review" part="reject-form">
          <label for=${id}>${r.reason}</label>
          <select id=${id} @change=${(event: Event) => this.review.edit({ reason: (event.target as HTMLSelectElement).value as RejectionReason | '' })}>
            <option value="" ?selected=${form.reason === ''}>${r.choose}</option>
            ${COMMON_REASONS.map((reason) => html`<option value=${reason} ?selected=${form.reason === reason}>${r.reasons[reason]}</option>`)}
          </select>
          <button type="button" part="reject-submit" @click=${() => this.review.reject(document)}>${r.confirm}<span class="visually-hidden"> ${document.originalName}</span></button>
          <button type="button" @click=${() => this.review.close()}>${common.cancel}</button>
          ${form.error ? html`<span class="error" role="alert">${form.error}</span>` : nothing}
        </span>`;
      }
      return html`<span class="review">
        <button type="button" part="accept" data-action="accept" @click=${() => this.review.accept(document)}>${r.accept}<span class="visually-hidden"> ${document.originalName}</span></button>
        <button type="button" part="reject" data-action="reject" @click=${() => this.review.open(document)}>${r.reject}<span class="visually-hidden"> ${document.originalName}</span></button>
        ${this.reviewError ? html`<span class="error" role="alert">${this.reviewError}</span>` : nothing}
      </span>`;
    }

    private formatDate(iso: string): string {
      return new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'medium' }).format(new Date(iso));
    }
  };
}
