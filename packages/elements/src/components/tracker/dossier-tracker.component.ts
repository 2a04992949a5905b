import { html, nothing, svg as svgPart, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CollectedDocument, Completeness, Dossier, DossierReminderPlan, PieceStatus, PieceStatusValue, RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { common as commonFr, tracker as trackerFr } from '../../locales/fr.js';
import { dossierStageLabelContext } from '../../context/dossier-stage-label-context.js';
import type { StageLabel } from '../../context/stage-label.js';
import { DossierQueryController, type QueryStatus } from '../../controllers/dossier-query-controller.js';
import { DossierDropZone } from '../drop-zone/dossier-drop-zone.component.js';
import { DossierIndexer } from '../indexer/dossier-indexer.component.js';
import { type TrackerMessages } from './dossier-tracker.messages.js';
import { trackerStyles } from './dossier-tracker.styles.js';

/** What the tracker shows of one dossier. */
export interface TrackerData {
  readonly dossier: Dossier;
  /** The dossier's risk type; `null` when it could not be read (its id is shown instead). */
  readonly riskType: RiskType | null;
  readonly documents: readonly CollectedDocument[];
  readonly completeness: Completeness;
  /** Where its automatic reminders stand; `null` when they could not be read. */
  readonly plan?: DossierReminderPlan | null;
}

const svg = (body: SVGTemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** A shape per status, so that status never rests on colour alone. */
const statusIcons: Record<PieceStatusValue, TemplateResult> = {
  missing: svg(svgPart`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3" />`),
  expired: svg(svgPart`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`),
  obtained: svg(svgPart`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`),
  archived: svg(svgPart`<rect x="3" y="4" width="18" height="5" rx="1" /><path d="M5 9v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9M10 13h4" />`),
  waived: svg(svgPart`<circle cx="12" cy="12" r="9" /><path d="M5.6 18.4 18.4 5.6" />`),
};

/** Which requirement text a piece gets: a profile rule decides for `rule-*` reasons, whichever way it went. */
function requirementKey(piece: PieceStatus): keyof TrackerMessages['requirement'] {
  const byProfile = piece.requiredReason === 'rule-matched' || piece.requiredReason === 'rule-not-matched';
  if (byProfile) return piece.required ? 'requiredByProfile' : 'optionalByProfile';
  return piece.required ? 'required' : 'optional';
}

/**
 * @tagname dossier-tracker
 * @summary The document tracking panel of one dossier, for the whole sale.
 *
 * Shows the client, the contract type, the phase and stage (and the contract id
 * once converted), the number of pieces still to collect, and each expected
 * piece with its status, whether it is required (and why, when a profile rule
 * decides), its documents and a drop zone. A general drop zone takes documents
 * to classify later; "Classer les documents (n)" opens `<dossier-indexer>`.
 * Missing pieces can be waived with a reason, waivers taken back, obtained
 * documents archived. An archived or lost dossier is shown read-only.
 *
 * @fires {DossierPieceWaivedEvent} dossier-piece-waived - A piece was waived. Detail: `{ dossierId, pieceId, reason }`.
 * @fires {DossierPieceUnwaivedEvent} dossier-piece-unwaived - A waiver was taken back. Detail: `{ dossierId, pieceId }`.
 * @fires {DossierDocumentArchivedEvent} dossier-document-archived - A document was archived. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAddedEvent} dossier-document-added - From the inner drop zones: a file was stored. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectedEvent} dossier-document-rejected - From the inner drop zones: a file was refused. Detail: `{ dossierId, fileName, error }`.
 * @fires {DossierDocumentAddRequestEvent} dossier-document-add-request - From the inner drop zones (cancelable). Detail: `{ dossierId, pieceId, file }`.
 * @fires {DossierDocumentClassifiedEvent} dossier-document-classified - From the inner indexer. Detail: `{ dossierId, document, pieceId }`.
 * @fires {DossierDocumentRemoveRequestEvent} dossier-document-remove-request - From the inner indexer (cancelable). Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRemovedEvent} dossier-document-removed - From the inner indexer. Detail: `{ dossierId, document }`.
 *
 * @csspart next-reminder - "Prochaine relance le …" (or "paused") with its pause / resume button.
 * @csspart automatic-button - Pauses or resumes the automatic reminders.
 * @csspart base - The whole panel.
 * @csspart header - Client, contract type, phase and count.
 * @csspart title - The client's name.
 * @csspart facts - The list of contract type, phase, stage and contract id.
 * @csspart count - "x pièces à collecter" / complete.
 * @csspart notice - The read-only notice of an archived or lost dossier.
 * @csspart pieces - The list of expected pieces.
 * @csspart piece - One expected piece; also `piece-missing`, `piece-expired`, `piece-obtained`, `piece-archived`, `piece-waived`.
 * @csspart piece-label - The label of a piece.
 * @csspart status - The status of a piece (icon and text).
 * @csspart requirement - Required or not, and why.
 * @csspart documents - The documents of a piece.
 * @csspart document - One document of a piece.
 * @csspart password-badge - "Protégé par mot de passe" on a document that needs a password to open.
 * @csspart archive-button - "Archiver".
 * @csspart waive-button - "Dispenser".
 * @csspart unwaive-button - "Annuler la dispense".
 * @csspart waive-form - The waiver reason form.
 * @csspart piece-drop-zone - The drop zone of a piece.
 * @csspart drop-zone - The general drop zone.
 * @csspart indexer-button - "Classer les documents (n)".
 * @csspart indexer - The section holding `<dossier-indexer>`.
 * @csspart empty - "Aucune pièce attendue pour ce type de contrat".
 *
 * @cssproperty --dossier-tracker-padding - Padding of the panel.
 * @cssproperty --dossier-tracker-piece-bg - Background of a piece.
 * @cssproperty --dossier-tracker-missing - Edge colour of missing and expired pieces.
 * @cssproperty --dossier-tracker-obtained - Edge colour of obtained pieces.
 * @cssproperty --dossier-tracker-archived - Edge colour of archived pieces.
 * @cssproperty --dossier-tracker-waived - Edge colour of waived pieces.
 */
export class DossierTracker extends DossierElement {
  static override styles = [...DossierElement.styles, trackerStyles];
  static override dependencies = { 'dossier-drop-zone': DossierDropZone, 'dossier-indexer': DossierIndexer };

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /**
   * Names the host's pipeline stage (`Dossier.stage`, the host's own words) in the UI locale;
   * when unset, the provider's, else the stage as stored.
   */
  @property({ attribute: false }) stageLabel?: StageLabel;

  @consume({ context: dossierStageLabelContext, subscribe: true })
  @state()
  private contextStageLabel?: StageLabel;

  /** Whether the indexer is shown. */
  @state() private indexerOpen = false;
  /** The piece whose waiver form is open. */
  @state() private waiving: string | null = null;
  @state() private waiveReason = '';
  @state() private waiveError: string | null = null;
  /** Failures of an action, shown on the piece it concerns. */
  @state() private pieceErrors: ReadonlyMap<string, string> = new Map();
  @state() private busy: ReadonlySet<string> = new Set();
  @state() private announcement = '';

  private readonly data: DossierQueryController<TrackerData> = new DossierQueryController<TrackerData>(this, {
    key: () => this.dossierId,
    load: async (client) => {
      const dossier = await client.dossiers.get(this.dossierId);
      const [riskType, documents, completeness, plan] = await Promise.all([
        client.riskTypes.get(dossier.riskTypeId).catch(() => null),
        client.documents.list(dossier.id),
        client.completeness(dossier.id),
        client.reminders.plan(dossier.id).catch(() => null),
      ]);
      return { dossier, riskType, documents, completeness, plan };
    },
    affectedBy: (event) => {
      const riskTypeId: string | undefined = this.data.value?.dossier.riskTypeId;
      return event.dossierIds.includes(this.dossierId) || (riskTypeId !== undefined && event.riskTypeIds.includes(riskTypeId));
    },
  });

  /** Where the data stands: `no-client`, `loading`, `ready` or `error`. */
  get status(): QueryStatus {
    return this.data.status;
  }

  /** Required pieces still to collect; `undefined` until loaded. */
  get count(): number | undefined {
    return this.data.value?.completeness.requiredMissing;
  }

  /** Whether the dossier is closed (archived or lost), hence shown read-only. */
  get readOnly(): boolean {
    const phase = this.data.value?.dossier.phase;
    return phase === 'archived' || phase === 'lost';
  }

  /** Shows the indexer of unclassified documents and moves focus to it. */
  openIndexer(): void {
    this.indexerOpen = true;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector('dossier-indexer')?.focus());
  }

  /** Hides the indexer. */
  closeIndexer(): void {
    this.indexerOpen = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another dossier: what was open belonged to the previous one.
    if (changed.has('dossierId') && changed.get('dossierId') !== undefined) {
      this.indexerOpen = false;
      this.waiving = null;
      this.pieceErrors = new Map();
    }
  }

  protected override render() {
    const common = this.text('common', commonFr);
    const t = this.text('tracker', trackerFr);
    const { status, value, error } = this.data;
    if (status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>`;
    let body: TemplateResult;
    if (status === 'error') {
      body = html`<h2 part="title" id="title">${t.title}</h2>
        <div role="alert">
          <p class="error">${this.errorText(error)}</p>
          <button type="button" @click=${() => this.data.reload()}>${common.retry}</button>
        </div>`;
    } else if (status === 'loading' || !value) {
      body = html`<h2 part="title" id="title">${t.title}</h2>
        <p role="status" aria-busy="true">${common.loading}</p>`;
    } else {
      body = this.renderData(value);
    }
    return html`<article part="base" aria-labelledby="title">
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </article>`;
  }

  private renderData(data: TrackerData): TemplateResult {
    const t = this.text('tracker', trackerFr);
    const { dossier, completeness } = data;
    const readOnly = dossier.phase === 'archived' || dossier.phase === 'lost';
    const count = completeness.requiredMissing;
    const pieces = completeness.pieces;
    return html`
      <header part="header">
        <h2 part="title" id="title"><span class="visually-hidden">${t.titlePrefix}</span>${dossier.client.name}</h2>
        <dl part="facts">
          <div><dt>${t.riskType}</dt><dd>${data.riskType?.label ?? dossier.riskTypeId}</dd></div>
          <div><dt>${t.phase}</dt><dd data-phase=${dossier.phase}>${t.phases[dossier.phase]}</dd></div>
          ${dossier.stage && dossier.phase === 'proposal' /* a pipeline stage means nothing once converted */
            ? html`<div><dt>${t.stage}</dt><dd>${(this.stageLabel ?? this.contextStageLabel)?.(dossier.stage, this.activeLocale) ?? dossier.stage}</dd></div>`
            : nothing}
          ${dossier.contractId ? html`<div><dt>${t.contract}</dt><dd>${dossier.contractId}</dd></div>` : nothing}
        </dl>
        ${pieces.length ? html`<p part="count" class=${count === 0 ? 'complete' : ''}>${count === 0 ? t.complete : t.toCollect(count)}</p>` : nothing}
        ${readOnly ? nothing : this.renderAutomatic(data, t)}
      </header>
      ${readOnly ? html`<p part="notice" role="note">${t.readOnly[dossier.phase === 'lost' ? 'lost' : 'archived']}</p>` : nothing}
      <section aria-labelledby="pieces-heading">
        <h3 id="pieces-heading">${t.piecesHeading}</h3>
        ${pieces.length === 0
          ? html`<p part="empty">${t.empty}</p>`
          : html`<ul part="pieces">
              ${repeat(
                pieces,
                (p) => p.pieceId,
                (p, i) => this.renderPiece(data, p, i, readOnly),
              )}
            </ul>`}
      </section>
      ${readOnly || pieces.length === 0 ? nothing : this.renderIntake(data)}
    `;
  }

  /** "Prochaine relance le …" and pause / resume, when the dossier has automatic reminders. */
  private renderAutomatic(data: TrackerData, t: TrackerMessages): TemplateResult | typeof nothing {
    const plan = data.plan;
    if (!plan?.schedule || (plan.status !== 'active' && plan.status !== 'paused')) return nothing;
    const dates = new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'long', timeStyle: 'short' });
    const paused = plan.status === 'paused';
    const busy = this.busy.has('automatic');
    return html`<p part="next-reminder" class="next-reminder">
      ${paused ? t.automatic.paused : plan.nextAt ? html`<time datetime=${plan.nextAt}>${t.automatic.next(dates.format(new Date(plan.nextAt)))}</time>` : nothing}
      <button type="button" part="automatic-button" ?disabled=${busy} @click=${() => void this.toggleAutomatic(paused)}>${paused ? t.automatic.resume : t.automatic.pause}</button>
    </p>`;
  }

  /** Pauses or resumes the automatic reminders; a refusal is announced. */
  private async toggleAutomatic(paused: boolean): Promise<void> {
    const client = this.activeClient;
    if (!client || this.busy.has('automatic')) return;
    this.busy = new Set([...this.busy, 'automatic']);
    try {
      if (paused) await client.reminders.resume(this.dossierId);
      else await client.reminders.pause(this.dossierId);
    } catch (error) {
      this.announcement = this.errorText(error);
    } finally {
      const next = new Set(this.busy);
      next.delete('automatic');
      this.busy = next;
      void this.data.reload();
    }
  }

  private renderPiece(data: TrackerData, piece: PieceStatus, index: number, readOnly: boolean): TemplateResult {
    const t = this.text('tracker', trackerFr);
    const common = this.text('common', commonFr);
    const id = `p${index}`;
    const documents = piece.documentIds.map((docId) => data.documents.find((d) => d.id === docId)).filter((d): d is CollectedDocument => d !== undefined);
    const waiver = data.dossier.waivers[piece.pieceId];
    const error = this.pieceErrors.get(piece.pieceId);
    const busy = this.busy.has(piece.pieceId);
    const canWaive = piece.status === 'missing' || piece.status === 'expired';
    return html`
      <li part="piece piece-${piece.status}" data-piece-id=${piece.pieceId} data-status=${piece.status}>
        <div class="piece-head">
          <span part="piece-label" id="${id}-label">${piece.label}</span>
          <span part="status">${statusIcons[piece.status]}${common.status[piece.status]}</span>
          <span part="requirement">${t.requirement[requirementKey(piece)]}</span>
        </div>
        ${waiver ? html`<p class="note">${t.waivedBecause(waiver.reason)}</p>` : nothing}
        ${piece.expiresAt && piece.status !== 'expired' ? html`<p class="note">${t.validUntil(this.formatDate(piece.expiresAt))}</p>` : nothing}
        ${documents.length
          ? html`<ul part="documents">
              ${documents.map(
                (d) => html`<li part="document" data-document-id=${d.id} data-state=${d.state}>
                  <span class="name">${d.originalName}</span>
                  <span class="note">${t.documentState[d.state]}</span>
                  ${d.passwordProtected ? html`<span part="password-badge" class="password-badge">${t.passwordProtected}</span>` : nothing}
                  ${!readOnly && d.state === 'obtained'
                    ? html`<button part="archive-button" class="small" type="button" data-action="archive" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.archiveDocument(piece, d)}>
                        ${t.archive}<span class="visually-hidden"> ${d.originalName}</span>
                      </button>`
                    : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p class="note">${t.noDocument}</p>`}
        ${readOnly ? nothing : this.renderPieceActions(piece, id, canWaive, Boolean(waiver), busy)}
        ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
        ${readOnly
          ? nothing
          : html`<dossier-drop-zone
              part="piece-drop-zone"
              class="piece-zone"
              .client=${this.activeClient}
              .locale=${this.activeLocale}
              dossier-id=${data.dossier.id}
              piece-id=${piece.pieceId}
            ></dossier-drop-zone>`}
      </li>
    `;
  }

  private renderPieceActions(piece: PieceStatus, id: string, canWaive: boolean, waived: boolean, busy: boolean): TemplateResult | typeof nothing {
    const t = this.text('tracker', trackerFr);
    const common = this.text('common', commonFr);
    if (this.waiving === piece.pieceId) {
      // The submit button's click (mouse, Enter, Space, or Enter in the field through implicit submission)
      // does the work and cancels the submission: an <iframe sandbox> without allow-forms blocks
      // submissions before any `submit` event. `submit` is still handled for a host's requestSubmit().
      return html`<form part="waive-form" novalidate @submit=${(event: Event) => this.submitWaiver(event, piece)} @keydown=${this.onWaiveKeydown}>
        <label for="${id}-reason">${t.waiveReason}</label>
        <input
          id="${id}-reason"
          name="reason"
          required
          maxlength="500"
          autocomplete="off"
          aria-invalid=${this.waiveError ? 'true' : 'false'}
          aria-describedby=${this.waiveError ? `${id}-reason-error` : nothing}
          .value=${this.waiveReason}
          @input=${(event: Event) => {
            this.waiveReason = (event.target as HTMLInputElement).value;
            this.waiveError = null;
          }}
        />
        <button class="primary" type="submit" data-action="confirm-waive" aria-disabled=${busy ? 'true' : 'false'} @click=${(event: Event) => this.submitWaiver(event, piece)}>
          ${t.waiveSubmit}
        </button>
        <button type="button" data-action="cancel-waive" @click=${() => this.closeWaiver(piece)}>${common.cancel}</button>
        ${this.waiveError ? html`<p class="error" id="${id}-reason-error" role="alert">${this.waiveError}</p>` : nothing}
      </form>`;
    }
    if (waived) {
      return html`<div class="actions">
        <button part="unwaive-button" type="button" data-action="unwaive" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.unwaive(piece)}>
          ${t.unwaive}<span class="visually-hidden">${t.pieceSuffix(piece.label)}</span>
        </button>
      </div>`;
    }
    if (!canWaive) return nothing;
    return html`<div class="actions">
      <button part="waive-button" type="button" data-action="waive" @click=${() => this.openWaiver(piece)}>
        ${t.waive}<span class="visually-hidden">${t.pieceSuffix(piece.label)}</span>
      </button>
    </div>`;
  }

  private renderIntake(data: TrackerData): TemplateResult {
    const t = this.text('tracker', trackerFr);
    const unclassified = data.completeness.unclassified;
    const showButton = unclassified > 0 || this.indexerOpen;
    return html`
      <section aria-labelledby="add-heading">
        <h3 id="add-heading">${t.addHeading}</h3>
        <dossier-drop-zone
          part="drop-zone"
          .client=${this.activeClient}
          .locale=${this.activeLocale}
          dossier-id=${data.dossier.id}
          label=${t.generalZone}
        ></dossier-drop-zone>
      </section>
      ${showButton
        ? html`<div class="actions">
            <button
              part="indexer-button"
              class=${unclassified > 0 ? 'primary' : ''}
              type="button"
              aria-expanded=${this.indexerOpen ? 'true' : 'false'}
              aria-controls="indexer"
              @click=${() => (this.indexerOpen ? this.closeIndexer() : this.openIndexer())}
            >
              ${t.classifyDocuments(unclassified)}
            </button>
          </div>`
        : nothing}
      <div part="indexer" id="indexer" ?hidden=${!this.indexerOpen}>
        ${this.indexerOpen
          ? html`<dossier-indexer .client=${this.activeClient} .locale=${this.activeLocale} dossier-id=${data.dossier.id}></dossier-indexer>`
          : nothing}
      </div>
    `;
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'medium' }).format(date);
  }

  private openWaiver(piece: PieceStatus): void {
    this.waiving = piece.pieceId;
    this.waiveReason = '';
    this.waiveError = null;
    this.setPieceError(piece.pieceId, undefined);
    void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector('input')?.focus());
  }

  private closeWaiver(piece: PieceStatus): void {
    this.waiving = null;
    this.waiveError = null;
    void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="waive"]')?.focus());
  }

  private readonly onWaiveKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.waiving === null) return;
    event.stopPropagation();
    const piece = this.data.value?.completeness.pieces.find((p) => p.pieceId === this.waiving);
    if (piece) this.closeWaiver(piece);
  };

  private async submitWaiver(event: Event, piece: PieceStatus): Promise<void> {
    event.preventDefault();
    const client = this.activeClient;
    if (!client || this.busy.has(piece.pieceId)) return;
    const t = this.text('tracker', trackerFr);
    const reason = this.waiveReason.trim();
    if (reason === '') {
      this.waiveError = t.reasonRequired;
      void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector('input')?.focus());
      return;
    }
    this.setBusy(piece.pieceId, true);
    try {
      const dossier = await client.dossiers.waive(this.dossierId, piece.pieceId, reason);
      this.waiving = null;
      this.waiveReason = '';
      this.waiveError = null;
      this.announcement = t.waived(piece.label);
      this.emit('dossier-piece-waived', { dossierId: this.dossierId, pieceId: piece.pieceId, reason: dossier.waivers[piece.pieceId]?.reason ?? reason });
      void this.focusAfterReload(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="unwaive"]'));
    } catch (error) {
      this.waiveError = this.errorText(error);
    } finally {
      this.setBusy(piece.pieceId, false);
    }
  }

  private async unwaive(piece: PieceStatus): Promise<void> {
    const client = this.activeClient;
    if (!client || this.busy.has(piece.pieceId)) return;
    const t = this.text('tracker', trackerFr);
    this.setBusy(piece.pieceId, true);
    this.setPieceError(piece.pieceId, undefined);
    try {
      await client.dossiers.unwaive(this.dossierId, piece.pieceId);
      this.announcement = t.unwaived(piece.label);
      this.emit('dossier-piece-unwaived', { dossierId: this.dossierId, pieceId: piece.pieceId });
      void this.focusAfterReload(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="waive"]'));
    } catch (error) {
      this.setPieceError(piece.pieceId, this.errorText(error));
    } finally {
      this.setBusy(piece.pieceId, false);
    }
  }

  private async archiveDocument(piece: PieceStatus, document: CollectedDocument): Promise<void> {
    const client = this.activeClient;
    if (!client || this.busy.has(piece.pieceId)) return;
    const t = this.text('tracker', trackerFr);
    this.setBusy(piece.pieceId, true);
    this.setPieceError(piece.pieceId, undefined);
    try {
      const before = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-action="archive"]') ?? [])];
      const index = before.findIndex((button) => button.closest<HTMLElement>('[part~="document"]')?.dataset['documentId'] === document.id);
      const archived = await client.documents.archive(document.id);
      this.announcement = t.archived(document.originalName);
      this.emit('dossier-document-archived', { dossierId: this.dossierId, document: archived });
      // Its "Archiver" button is gone: on to the next document to archive, else the piece's drop zone.
      void this.focusAfterReload(() => {
        const buttons = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-action="archive"]') ?? [])];
        return buttons[index] ?? buttons[index - 1] ?? this.pieceRow(piece.pieceId)?.querySelector<HTMLElement>('[part~="piece-drop-zone"]');
      });
    } catch (error) {
      this.setPieceError(piece.pieceId, this.errorText(error));
    } finally {
      this.setBusy(piece.pieceId, false);
    }
  }

  /**
   * Once the dossier is read again and rendered, focuses what `find` returns: the action that
   * replaced the one just used (which the re-render took away, with focus). Only when focus was
   * lost or is still in here: never pulls it from elsewhere.
   */
  private async focusAfterReload(find: () => HTMLElement | null | undefined): Promise<void> {
    await this.data.reload();
    await this.updateComplete;
    const active = this.ownerDocument.activeElement;
    if (this.shadowRoot?.activeElement == null && active !== null && active !== this.ownerDocument.body && active !== this) return;
    find()?.focus();
  }

  private pieceRow(pieceId: string): HTMLElement | null {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="piece"]') ?? [])].find((row) => row.dataset['pieceId'] === pieceId) ?? null;
  }

  private setBusy(pieceId: string, busy: boolean): void {
    const next = new Set(this.busy);
    if (busy) next.add(pieceId);
    else next.delete(pieceId);
    this.busy = next;
  }

  private setPieceError(pieceId: string, message: string | undefined): void {
    if (message === undefined && !this.pieceErrors.has(pieceId)) return;
    const next = new Map(this.pieceErrors);
    if (message === undefined) next.delete(pieceId);
    else next.set(pieceId, message);
    this.pieceErrors = next;
  }
}
