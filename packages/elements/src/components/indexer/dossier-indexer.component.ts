import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  REJECTION_REASONS,
  describeMediaType,
  formatBytes,
  mediaTypeMatches,
  type CollectedDocument,
  type Dossier,
  type ExpectedPiece,
  type RejectionReason,
} from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { checklist as checklistFr } from '../checklist/dossier-checklist.messages.fr.js';
import { tracker as trackerFr } from '../tracker/dossier-tracker.messages.fr.js';
import { indexer as indexerFr } from './dossier-indexer.messages.fr.js';
import { DossierQueryController, type QueryStatus } from '../../controllers/dossier-query-controller.js';
import { DocumentReviewController } from '../../controllers/document-review-controller.js';
import { indexerStyles } from './dossier-indexer.styles.js';
import { suggestPiece } from './suggest-piece.js';

/** What the indexer shows: the dossier, its risk type's expected pieces and its documents. */
export interface IndexerData {
  readonly dossier: Dossier;
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
}

const pdfIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6"/><path d="M8 17v-4h1.5a1.25 1.25 0 0 1 0 2.5H8"/></svg>`;
const fileIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6M9 13h6M9 17h6"/></svg>`;
const imageIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="9" cy="9" r="2"/><path d="m21 15-5-5L5 21"/></svg>`;

type Kind = 'pdf' | 'image' | 'other';

function kindOf(document: CollectedDocument): Kind {
  if (document.mediaType === 'application/pdf') return 'pdf';
  return document.mediaType.startsWith('image/') ? 'image' : 'other';
}

/**
 * @tagname dossier-indexer
 * @summary The document indexing window: classify each collected file of a dossier to an expected piece.
 *
 * Lists the unclassified documents with a preview (image thumbnail, first page of
 * a PDF, or a kind icon), name, size and date, and a "Classer comme…" choice preselected with the
 * likeliest piece from the file name (`suggestPiece`). A second section lists the
 * classified documents, which may be reclassified or moved back to unclassified.
 * "Supprimer" asks for confirmation. A closed dossier (archived or lost) is shown
 * read-only.
 *
 * A PDF's first page is drawn by pdf.js, loaded on first use only, in its worker
 * (`pdf.worker.min.mjs`, beside the bundle in `dist/`; see `setPdfWorkerUrl`). A PDF
 * that cannot be read keeps its icon, with a message.
 *
 * @fires {DossierDocumentClassifiedEvent} dossier-document-classified - A document was classified, reclassified or moved back. Detail: `{ dossierId, document, pieceId }`.
 * @fires {DossierDocumentRemoveRequestEvent} dossier-document-remove-request - Cancelable, before a confirmed removal. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRemovedEvent} dossier-document-removed - A document was removed. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAcceptRequestEvent} dossier-document-accept-request - "Accepter" on a document waiting for review (cancelable). Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAcceptedEvent} dossier-document-accepted - A document waiting for review was accepted. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectRequestEvent} dossier-document-reject-request - "Refuser" confirmed with a common reason (cancelable). Detail: `{ dossierId, document, rejection }`.
 * @fires {DossierDocumentRejectedByReviewEvent} dossier-document-rejected-by-review - A document waiting for review was refused. Detail: `{ dossierId, document }`.
 *
 * @csspart base - The whole window.
 * @csspart title - The heading.
 * @csspart unclassified - The section of documents to classify.
 * @csspart classified - The section of classified documents.
 * @csspart document - One document row.
 * @csspart preview - The thumbnail or kind icon of a row.
 * @csspart name - The file name of a row.
 * @csspart preview-error - "Aperçu indisponible" under the name of a PDF that could not be drawn.
 * @csspart password-badge - "Protégé par mot de passe" on a document that needs a password to open.
 * @csspart piece-select - The "Classer comme…" choice.
 * @csspart classify-button - "Classer" / "Reclasser".
 * @csspart unclassify-button - "Remettre à classer".
 * @csspart remove-button - "Supprimer".
 * @csspart review - "Reçu — à vérifier" and its actions, on a document waiting for the broker's review.
 * @csspart accept-button - "Accepter" on a document waiting for review.
 * @csspart reject-button - "Refuser" on a document waiting for review (a common reason is then picked; free text is in the tracker).
 * @csspart reject-form - The reason to pick, "Confirmer le refus", "Annuler".
 * @csspart reject-submit - "Confirmer le refus".
 * @csspart confirm - The removal confirmation.
 * @csspart error - The error of a row.
 * @csspart empty - "Aucun document à classer".
 * @csspart notice - The read-only notice of a closed dossier.
 *
 * @cssproperty --dossier-indexer-thumbnail-size - Width and height of previews (default 3.5rem).
 * @cssproperty --dossier-indexer-row-bg - Background of a document row.
 */
export class DossierIndexer extends DossierElement {
  static override styles = [...DossierElement.styles, indexerStyles];

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** Pieces a person chose per document id; absent = the suggestion (unclassified) or the current piece. */
  @state() private choices: ReadonlyMap<string, string> = new Map();
  @state() private rowErrors: ReadonlyMap<string, string> = new Map();
  @state() private busy: ReadonlySet<string> = new Set();
  /** Id of the document whose removal awaits confirmation. */
  @state() private confirming: string | null = null;
  @state() private announcement = '';
  /** Object URLs of image thumbnails, by document id. */
  @state() private previews: ReadonlyMap<string, string> = new Map();
  /** First pages of PDFs, drawn, by document id. */
  @state() private pdfPages: ReadonlyMap<string, HTMLCanvasElement> = new Map();
  /** PDFs whose first page could not be drawn. */
  @state() private pdfFailures: ReadonlySet<string> = new Set();

  /**
   * Where focus goes once a classified (or unclassified) document has left its list and its row
   * with it: the row now at the same place in that list, else the one before, else the heading.
   */
  private focusAfterMove: { documentId: string; list: 'unclassified' | 'classified'; index: number } | undefined;

  private readonly pendingPreviews = new Set<string>();
  /** PDFs are drawn one after the other: a list of scans must not start twenty decodings at once. */
  private pdfQueue: Promise<void> = Promise.resolve();
  private previewedData: IndexerData | undefined;

  /** "Accepter" and "Refuser" of documents waiting for review, and the refusal being given a reason. */
  private readonly review = new DocumentReviewController(this, {
    dossierId: () => this.dossierId,
    emit: (name, detail, options) => this.emit(name, detail, options),
    errorText: (error) => this.errorText(error),
    texts: () => ({ reasonRequired: this.text('checklist', checklistFr).review.reasonRequired }),
    reasonSelect: (documentId) => this.rowOf(documentId)?.querySelector<HTMLSelectElement>('[part~="reject-form"] select'),
    focusMissingReason: true,
    isBusy: (document) => this.busy.has(document.id),
    setBusy: (document, busy) => this.setBusy(document.id, busy),
    acceptError: (document, message) => this.setRowError(document.id, message),
    accepted: (document) => (this.announcement = this.text('tracker', trackerFr).acceptedOne(document.originalName)),
  });

  private readonly data: DossierQueryController<IndexerData> = new DossierQueryController<IndexerData>(this, {
    key: () => this.dossierId,
    load: async (client) => {
      const [dossier, documents] = await Promise.all([client.dossiers.get(this.dossierId), client.documents.list(this.dossierId)]);
      const pieces = await client.pieces.list(dossier.riskTypeId);
      return { dossier, pieces, documents };
    },
    affectedBy: (event) => {
      const riskTypeId: string | undefined = this.data.value?.dossier.riskTypeId;
      return event.dossierIds.includes(this.dossierId) || (riskTypeId !== undefined && event.riskTypeIds.includes(riskTypeId));
    },
  });

  /** Documents still to classify, oldest first; empty while loading. */
  get unclassifiedDocuments(): readonly CollectedDocument[] {
    return this.data.value?.documents.filter((d) => d.pieceId === null) ?? [];
  }

  /** Where the data stands: `no-client`, `loading`, `ready` or `error`. */
  get status(): QueryStatus {
    return this.data.status;
  }

  /** Moves keyboard focus to the window's heading, once rendered. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#title')?.focus(options));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews = new Map();
    this.pdfPages = new Map();
    this.pdfFailures = new Set();
    this.pendingPreviews.clear();
    this.previewedData = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.data.value;
    if (data !== this.previewedData) {
      this.previewedData = data;
      this.syncPreviews(data);
    }
    this.restoreFocusAfterMove();
  }

  private restoreFocusAfterMove(): void {
    const pending = this.focusAfterMove;
    if (!pending) return;
    const rows = [...(this.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${pending.list}"] [part~="document"]`) ?? [])];
    // Still there: the reload that moves it has not come yet.
    if (rows.some((row) => row.dataset['documentId'] === pending.documentId)) return;
    this.focusAfterMove = undefined;
    // Only when focus was lost with the row, or is still in here: never pull it from elsewhere.
    const active = this.ownerDocument.activeElement;
    if (this.shadowRoot?.activeElement == null && active !== null && active !== this.ownerDocument.body && active !== this) return;
    const row = rows[pending.index] ?? rows[pending.index - 1];
    const target = row?.querySelector<HTMLElement>('[part~="piece-select"]') ?? this.shadowRoot?.querySelector<HTMLElement>('#title');
    target?.focus();
  }

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
      this.data.value?.documents.filter((d) => (d.pieceId === null) === (list === 'unclassified')).findIndex((d) => d.id === document.id) ??
      -1;
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

  private rowOf(documentId: string): HTMLElement | null {
    return (
      [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="document"]') ?? [])].find(
        (row) => row.dataset['documentId'] === documentId,
      ) ?? null
    );
  }

  private setBusy(documentId: string, busy: boolean): void {
    const next = new Set(this.busy);
    if (busy) next.add(documentId);
    else next.delete(documentId);
    this.busy = next;
  }

  private setRowError(documentId: string, message: string | undefined): void {
    if (message === undefined && !this.rowErrors.has(documentId)) return;
    const next = new Map(this.rowErrors);
    if (message === undefined) next.delete(documentId);
    else next.set(documentId, message);
    this.rowErrors = next;
  }

  /** Creates thumbnails of new images and PDFs and revokes those of documents that are gone. */
  private syncPreviews(data: IndexerData | undefined): void {
    this.syncPdfPages(data);
    const images = new Set((data?.documents ?? []).filter((d) => kindOf(d) === 'image').map((d) => d.id));
    const kept = new Map<string, string>();
    for (const [id, url] of this.previews) {
      if (images.has(id)) kept.set(id, url);
      else URL.revokeObjectURL(url);
    }
    if (kept.size !== this.previews.size) this.previews = kept;
    const client = this.activeClient;
    if (!client || !this.isConnected) return;
    for (const id of images) {
      if (kept.has(id) || this.pendingPreviews.has(id)) continue;
      this.pendingPreviews.add(id);
      client.documents.read(id).then(
        (blob) => {
          // Disconnected, or the document went away while its bytes were read.
          if (!this.pendingPreviews.delete(id) || !this.previewedData?.documents.some((d) => d.id === id)) return;
          this.previews = new Map(this.previews).set(id, URL.createObjectURL(blob));
        },
        () => {
          // No thumbnail: the kind icon stays, the row is still usable.
          this.pendingPreviews.delete(id);
        },
      );
    }
  }

  /** Draws the first page of new PDFs (one at a time) and forgets those of documents that are gone. */
  private syncPdfPages(data: IndexerData | undefined): void {
    // A PDF that needs a password cannot be drawn: its badge says why, its icon stays.
    const pdfs = new Set((data?.documents ?? []).filter((d) => kindOf(d) === 'pdf' && !d.passwordProtected).map((d) => d.id));
    const kept = new Map([...this.pdfPages].filter(([id]) => pdfs.has(id)));
    if (kept.size !== this.pdfPages.size) this.pdfPages = kept;
    const failed = new Set([...this.pdfFailures].filter((id) => pdfs.has(id)));
    if (failed.size !== this.pdfFailures.size) this.pdfFailures = failed;
    const client = this.activeClient;
    if (!client || !this.isConnected) return;
    for (const id of pdfs) {
      if (kept.has(id) || failed.has(id) || this.pendingPreviews.has(id)) continue;
      this.pendingPreviews.add(id);
      const stillWanted = () => this.pendingPreviews.has(id) && this.previewedData?.documents.some((d) => d.id === id) === true;
      this.pdfQueue = this.pdfQueue.then(async () => {
        if (!stillWanted()) return;
        try {
          const blob = await client.documents.read(id);
          if (!stillWanted()) return;
          // The drawing code comes with pdf.js, on the first PDF shown: a page without PDFs never loads it.
          const { renderPdfFirstPage } = await import('../../pdf/render-pdf-first-page.js');
          const canvas = await renderPdfFirstPage(blob, this.previewBox(id));
          canvas.setAttribute('aria-hidden', 'true');
          if (stillWanted()) this.pdfPages = new Map(this.pdfPages).set(id, canvas);
        } catch {
          // Damaged (or no worker): the icon stays, with a message; the row is still usable.
          if (stillWanted()) this.pdfFailures = new Set(this.pdfFailures).add(id);
        } finally {
          this.pendingPreviews.delete(id);
        }
      });
    }
  }

  /** CSS size of a row's preview box (the thumbnail size), for drawing a PDF page to fit it. */
  private previewBox(documentId: string): { width: number; height: number } {
    const box = this.rowOf(documentId)?.querySelector<HTMLElement>('[part~="preview"]')?.getBoundingClientRect();
    const fallback = 56;
    return { width: box && box.width > 0 ? box.width : fallback, height: box && box.height > 0 ? box.height : fallback };
  }
}
