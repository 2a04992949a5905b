import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  REJECTION_REASONS,
  describeMediaType,
  formatBytes,
  mediaTypeMatches,
  type CollectedDocument,
  type ExpectedPiece,
  type RejectionReason,
} from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { checklist as checklistFr } from '../checklist/dossier-checklist.messages.fr.js';
import { indexer as indexerFr } from './dossier-indexer.messages.fr.js';
import type { DossierIndexer, IndexerData } from './dossier-indexer.component.js';
import { kindOf } from './document-kind.js';
import { suggestPiece } from './suggest-piece.js';

export { indexerStyles as styles } from './dossier-indexer.styles.js';

const pdfIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6"/><path d="M8 17v-4h1.5a1.25 1.25 0 0 1 0 2.5H8"/></svg>`;
const fileIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6M9 13h6M9 17h6"/></svg>`;
const imageIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="9" cy="9" r="2"/><path d="m21 15-5-5L5 21"/></svg>`;

/** `<dossier-indexer>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierIndexer): ElementViewClass {
  return class DossierIndexerView extends Element {
    protected override render() {
      const common = this.text('common', commonFr);
      const t = this.text('indexer', indexerFr);
      const { status, value, error } = this.data;
      if (status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>`;
      const body =
        status === 'error'
          ? html`<div role="alert" class="full">
              <p class="error">${this.errorText(error)}</p>
              <button type="button" @click=${() => this.data.reload()}>${common.retry}</button>
            </div>`
          : status === 'loading' || !value
            ? html`<p role="status" aria-busy="true">${common.loading}</p>`
            : this.renderData(value);
      return html`
        <section part="base" aria-labelledby="title">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${body}
          <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        </section>
      `;
    }

    private renderData(data: IndexerData): TemplateResult {
      const t = this.text('indexer', indexerFr);
      const readOnly = data.dossier.phase === 'archived' || data.dossier.phase === 'lost';
      const unclassified = data.documents.filter((d) => d.pieceId === null);
      const classified = data.documents.filter((d) => d.pieceId !== null);
      return html`
        ${readOnly ? html`<p part="notice">${t.readOnly}</p>` : nothing}
        ${!readOnly && data.pieces.length === 0 && unclassified.length > 0 ? html`<p part="notice">${t.noPieces}</p>` : nothing}
        <section part="unclassified" aria-labelledby="unclassified-heading">
          <h3 id="unclassified-heading">${t.unclassifiedHeading}</h3>
          ${
            unclassified.length === 0
              ? html`<p part="empty">${t.empty}</p>`
              : html`<ul>
                ${repeat(
                  unclassified,
                  (d) => d.id,
                  (d, i) => this.renderRow(data, d, `u${i}`, readOnly),
                )}
              </ul>`
          }
        </section>
        ${
          classified.length === 0
            ? nothing
            : html`<section part="classified" aria-labelledby="classified-heading">
              <h3 id="classified-heading">${t.classifiedHeading}</h3>
              <ul>
                ${repeat(
                  classified,
                  (d) => d.id,
                  (d, i) => this.renderRow(data, d, `c${i}`, readOnly),
                )}
              </ul>
            </section>`
        }
      `;
    }

    private renderRow(data: IndexerData, document: CollectedDocument, id: string, readOnly: boolean): TemplateResult {
      const t = this.text('indexer', indexerFr);
      const common = this.text('common', commonFr);
      const kind = kindOf(document);
      const isUnclassified = document.pieceId === null;
      const selected = this.selectionOf(document, data.pieces);
      const showHint = isUnclassified && !this.choices.has(document.id) && selected !== '';
      const error = this.rowErrors.get(document.id);
      const busy = this.busy.has(document.id);
      const preview = this.previews.get(document.id);
      const pdfPage = this.pdfPages.get(document.id);
      const pdfFailed = this.pdfFailures.has(document.id);
      const describedBy = [showHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      const currentPiece = data.pieces.find((p) => p.id === document.pieceId);
      return html`
        <li part="document" data-document-id=${document.id}>
          <div part="preview" class="kind-${kind}">
            ${preview ? html`<img src=${preview} alt="" />` : (pdfPage ?? (kind === 'pdf' ? pdfIcon : kind === 'image' ? imageIcon : fileIcon))}
          </div>
          <div class="meta">
            <span part="name" id="${id}-name">${document.originalName}</span>
            ${document.passwordProtected ? html`<span part="password-badge" class="password-badge">${t.passwordProtected}</span>` : nothing}
            ${pdfFailed ? html`<span part="preview-error" class="preview-error">${t.previewUnavailable}</span>` : nothing}
            <span class="details">
              ${describeMediaType(document.mediaType, this.activeLocale)} · ${formatBytes(document.size, this.activeLocale)} · ${t.addedOn(this.formatDate(document.addedAt))}
              ${!isUnclassified && readOnly && currentPiece ? html` · ${currentPiece.label}` : nothing}
            </span>
          </div>
          ${
            readOnly || data.pieces.length === 0
              ? nothing
              : html`<div class="actions">
                <label id="${id}-label" for="${id}-select">${t.classifyAs}</label>
                <select
                  part="piece-select"
                  id="${id}-select"
                  aria-labelledby="${id}-label ${id}-name"
                  aria-describedby=${describedBy || nothing}
                  aria-invalid=${error ? 'true' : 'false'}
                  @change=${(event: Event) => this.choose(document.id, (event.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${selected === ''}>${t.choosePiece}</option>
                  ${data.pieces.map((p) => html`<option value=${p.id} ?selected=${p.id === selected}>${p.label}</option>`)}
                </select>
                ${showHint ? html`<span class="hint" id="${id}-hint">${t.suggested}</span>` : nothing}
                <button
                  part="classify-button"
                  class="primary"
                  type="button"
                  data-action="classify"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => this.classify(document, this.selectionOf(document, data.pieces))}
                >
                  ${isUnclassified ? t.classify : t.reclassify}<span class="visually-hidden"> ${document.originalName}</span>
                </button>
                ${
                  isUnclassified
                    ? nothing
                    : html`<button part="unclassify-button" type="button" data-action="unclassify" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.classify(document, null)}>
                      ${t.unclassify}<span class="visually-hidden"> ${document.originalName}</span>
                    </button>`
                }
                <button part="remove-button" class="danger" type="button" data-action="remove" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.askRemove(document)}>
                  ${common.remove}<span class="visually-hidden"> ${document.originalName}</span>
                </button>
              </div>`
          }
          ${!readOnly && document.review?.status === 'pending' ? this.renderReview(document, id, busy) : nothing}
          ${
            !readOnly && this.confirming === document.id
              ? html`<div part="confirm" class="full" role="group" aria-labelledby="${id}-confirm-text">
                <span id="${id}-confirm-text">${t.confirmRemove(document.originalName)}</span>
                <button class="danger" type="button" data-action="confirm-remove" @click=${() => this.removeDocument(document)}>${common.confirm}</button>
                <button type="button" data-action="cancel-remove" @click=${() => this.cancelRemove(document)}>${common.cancel}</button>
              </div>`
              : nothing
          }
          ${error ? html`<p part="error" class="error full" id="${id}-error" role="alert">${error}</p>` : nothing}
        </li>
      `;
    }

    /** "Reçu — à vérifier" with "Accepter" and "Refuser" (the checklist's texts), or the reason to pick. */
    private renderReview(document: CollectedDocument, id: string, busy: boolean): TemplateResult {
      const r = this.text('checklist', checklistFr).review;
      const common = this.text('common', commonFr);
      const form = this.review.formFor(document.id);
      if (form) {
        return html`<div part="review reject-form" class="full review">
          <label for="${id}-reason">${r.reason}</label>
          <select
            id="${id}-reason"
            aria-invalid=${form.error ? 'true' : 'false'}
            aria-describedby=${form.error ? `${id}-reason-error` : nothing}
            @change=${(event: Event) => this.review.edit({ reason: (event.target as HTMLSelectElement).value as RejectionReason | '' })}
          >
            <option value="" ?selected=${form.reason === ''}>${r.choose}</option>
            ${REJECTION_REASONS.filter((reason): reason is keyof typeof r.reasons => reason in r.reasons).map(
              (reason) => html`<option value=${reason} ?selected=${form.reason === reason}>${r.reasons[reason]}</option>`,
            )}
          </select>
          <button type="button" part="reject-submit" class="danger" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.review.reject(document)}>
            ${r.confirm}<span class="visually-hidden"> ${document.originalName}</span>
          </button>
          <button type="button" data-action="cancel-reject" @click=${() => this.closeRejection(document)}>${common.cancel}</button>
          ${form.error ? html`<p class="error" id="${id}-reason-error" role="alert">${form.error}</p>` : nothing}
        </div>`;
      }
      return html`<div part="review" class="full review">
        <span class="hint">${r.pending}</span>
        <button type="button" part="accept-button" class="primary" data-action="accept" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.review.accept(document)}>
          ${r.accept}<span class="visually-hidden"> ${document.originalName}</span>
        </button>
        <button type="button" part="reject-button" data-action="reject" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.review.open(document)}>
          ${r.reject}<span class="visually-hidden"> ${document.originalName}</span>
        </button>
      </div>`;
    }

    private closeRejection(document: CollectedDocument): void {
      this.review.close();
      void this.updateComplete.then(() => this.rowOf(document.id)?.querySelector<HTMLElement>('[part~="reject-button"]')?.focus());
    }

    /** The piece chosen for a document: the person's choice, else the suggestion (unclassified) or its current piece; '' for none. */
    private selectionOf(document: CollectedDocument, pieces: readonly ExpectedPiece[]): string {
      const chosen = this.choices.get(document.id);
      if (chosen !== undefined) return chosen;
      if (document.pieceId !== null) return document.pieceId;
      return this.suggestionFor(document, pieces)?.id ?? '';
    }

    /** The likeliest piece among those that accept the document's kind. */
    private suggestionFor(document: CollectedDocument, pieces: readonly ExpectedPiece[]): ExpectedPiece | null {
      return suggestPiece(
        document.originalName,
        pieces.filter((p) => mediaTypeMatches(document.mediaType, p.accept)),
      );
    }

    private formatDate(iso: string): string {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    }

    private choose(documentId: string, pieceId: string): void {
      this.choices = new Map(this.choices).set(documentId, pieceId);
      this.setRowError(documentId, undefined);
    }

    private async classify(document: CollectedDocument, pieceId: string | null): Promise<void> {
      const client = this.activeClient;
      if (!client || this.busy.has(document.id)) return;
      const t = this.text('indexer', indexerFr);
      if (pieceId === '') {
        this.setRowError(document.id, t.pieceRequired);
        return;
      }
      this.setBusy(document.id, true);
      this.setRowError(document.id, undefined);
      const list = document.pieceId === null ? 'unclassified' : 'classified';
      const index =
        this.data.value?.documents
          .filter((d) => (d.pieceId === null) === (list === 'unclassified'))
          .findIndex((d) => d.id === document.id) ?? -1;
      try {
        const updated = await client.documents.classify(document.id, pieceId);
        // Classifying, or moving back to classify, takes the row (and its focused button) out of its list.
        const leavesList = list === 'unclassified' ? pieceId !== null : pieceId === null;
        if (leavesList && index >= 0) this.focusAfterMove = { documentId: document.id, list, index };
        const choices = new Map(this.choices);
        choices.delete(document.id);
        this.choices = choices;
        const label = this.data.value?.pieces.find((p) => p.id === pieceId)?.label ?? '';
        this.announcement = pieceId === null ? t.unclassifiedDone(document.originalName) : t.classifiedAs(document.originalName, label);
        this.emit('dossier-document-classified', { dossierId: this.dossierId, document: updated, pieceId });
      } catch (error) {
        this.setRowError(document.id, this.errorText(error));
      } finally {
        this.setBusy(document.id, false);
      }
    }

    private askRemove(document: CollectedDocument): void {
      if (this.busy.has(document.id)) return;
      this.confirming = document.id;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="confirm-remove"]')?.focus());
    }

    private cancelRemove(document: CollectedDocument): void {
      this.confirming = null;
      void this.updateComplete.then(() => this.rowOf(document.id)?.querySelector<HTMLButtonElement>('[data-action="remove"]')?.focus());
    }

    private async removeDocument(document: CollectedDocument): Promise<void> {
      const client = this.activeClient;
      const t = this.text('indexer', indexerFr);
      this.confirming = null;
      if (!client) return;
      if (!this.emit('dossier-document-remove-request', { dossierId: this.dossierId, document }, { cancelable: true })) {
        this.announcement = t.removeKept(document.originalName);
        return;
      }
      this.setBusy(document.id, true);
      try {
        await client.documents.remove(document.id);
        this.announcement = t.removed(document.originalName);
        this.emit('dossier-document-removed', { dossierId: this.dossierId, document });
        // The row is gone: keep keyboard focus inside the window.
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#title')?.focus());
      } catch (error) {
        this.setRowError(document.id, this.errorText(error));
      } finally {
        this.setBusy(document.id, false);
      }
    }
  };
}
