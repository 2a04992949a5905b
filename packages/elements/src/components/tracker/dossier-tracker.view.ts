import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, svg as svgPart, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  REJECTION_REASONS,
  UPLOAD_LINK_LIMITS,
  isDossierError,
  type CollectedDocument,
  type PieceStatus,
  type PieceStatusValue,
  type RejectionReason,
  type UploadLinkStatus,
} from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import type { DossierDropZone } from '../drop-zone/dossier-drop-zone.component.js';
import { filesOf } from '../drop-zone/files-of.js';
import { tracker as trackerFr } from './dossier-tracker.messages.fr.js';
import type { TrackerMessages } from './dossier-tracker.messages.js';
import type { DossierTracker, TrackerData } from './dossier-tracker.component.js';
import type { LinkForm } from './link-form.js';

export { trackerStyles as styles } from './dossier-tracker.styles.js';

/** Pieces a link may ask for: those still to collect. */
const linkable = (piece: PieceStatus) => piece.status === 'missing' || piece.status === 'expired';

const svg = (body: SVGTemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** A shape per status, so that status never rests on colour alone. */
const statusIcons: Record<PieceStatusValue, TemplateResult> = {
  missing: svg(svgPart`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3" />`),
  expired: svg(svgPart`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`),
  'pending-review': svg(svgPart`<circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.5V14M12 17h.01" />`),
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

/** `<dossier-tracker>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierTracker): ElementViewClass {
  return class DossierTrackerView extends Element {
    protected override render(): TemplateResult {
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
            <div>
              <dt>${t.stage}</dt>
              <dd data-phase=${dossier.phase}>
                ${t.phases[dossier.phase]}${
                  dossier.stage && dossier.phase === 'proposal' /* a pipeline stage means nothing once converted */
                    ? ` · ${(this.stageLabel ?? this.contextStageLabel)?.(dossier.stage, this.activeLocale) ?? dossier.stage}`
                    : nothing
                }
              </dd>
            </div>
            ${dossier.contractId ? html`<div><dt>${t.contract}</dt><dd>${dossier.contractId}</dd></div>` : nothing}
          </dl>
          ${pieces.length ? html`<p part="count" class=${count === 0 ? 'complete' : ''}>${count === 0 ? t.complete : t.toCollect(count)}</p>` : nothing}
          ${completeness.toReview > 0 ? html`<p part="to-review">${t.toReview(completeness.toReview)}</p>` : nothing}
          ${readOnly ? nothing : this.renderAutomatic(data, t)}
        </header>
        ${readOnly ? html`<p part="notice" role="note">${t.readOnly[dossier.phase === 'lost' ? 'lost' : 'archived']}</p>` : nothing}
        <section aria-labelledby="pieces-heading">
          <h3 id="pieces-heading">${t.piecesHeading}</h3>
          ${
            pieces.length === 0
              ? html`<p part="empty">${t.empty}</p>`
              : html`<ul part="pieces">
                ${repeat(
                  pieces,
                  (p) => p.pieceId,
                  (p, i) => this.renderPiece(data, p, i, readOnly),
                )}
              </ul>`
          }
        </section>
        ${readOnly || pieces.length === 0 ? nothing : this.renderIntake(data)}
        ${pieces.length === 0 ? nothing : this.renderLinks(data, readOnly)}
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
      const documents = piece.documentIds
        .map((docId) => data.documents.find((d) => d.id === docId))
        .filter((d): d is CollectedDocument => d !== undefined);
      const waiver = data.dossier.waivers[piece.pieceId];
      const error = this.pieceErrors.get(piece.pieceId);
      const busy = this.busy.has(piece.pieceId);
      const canWaive = piece.status === 'missing' || piece.status === 'expired';
      // A document waiting for the broker's review is shown without a click, and stays shown once reviewed;
      // the count button toggles from there.
      if (!readOnly && documents.some((d) => d.review?.status === 'pending')) this.shownForReview.add(piece.pieceId);
      const expanded = this.expanded.has(piece.pieceId) !== this.shownForReview.has(piece.pieceId);
      const dragOver = this.dragPiece === piece.pieceId;
      return html`
        <li
          part=${`piece piece-${piece.status}${dragOver ? ' piece-dragover' : ''}`}
          data-piece-id=${piece.pieceId}
          data-status=${piece.status}
          data-required=${piece.required ? 'true' : 'false'}
          @dragenter=${readOnly ? nothing : (event: DragEvent) => this.onRowDragEnter(event, piece)}
          @dragover=${readOnly ? nothing : (event: DragEvent) => this.onRowDragOver(event, piece)}
          @dragleave=${readOnly ? nothing : (event: DragEvent) => this.onRowDragLeave(event, piece)}
          @drop=${readOnly ? nothing : (event: DragEvent) => this.onRowDrop(event, piece)}
        >
          <div class="line">
            <span part="piece-label" id="${id}-label">${piece.label}</span>
            <span part="status">${statusIcons[piece.status]}${common.status[piece.status]}</span>
            <span part="requirement">${t.requirement[requirementKey(piece)]}</span>
            ${
              documents.length
                ? html`<button
                  part="document-count"
                  class="link"
                  type="button"
                  data-action="documents"
                  aria-expanded=${expanded ? 'true' : 'false'}
                  aria-controls=${expanded ? `${id}-documents` : nothing}
                  @click=${() => this.toggleDocuments(piece.pieceId)}
                >
                  ${t.documentCount(documents.length)}<span class="visually-hidden">${t.pieceSuffix(piece.label)}</span>
                </button>`
                : html`<span part="document-count" class="note">${t.documentCount(0)}</span>`
            }
            ${
              readOnly
                ? nothing
                : html`<span class="row-actions">
                  <button part="add-button" class="primary" type="button" data-action="add" @click=${() => this.pickFor(piece)}>
                    ${t.addDocument}<span class="visually-hidden">${t.pieceSuffix(piece.label)}</span>
                  </button>
                  ${this.renderMenu(piece, id, canWaive, Boolean(waiver), busy)}
                </span>`
            }
          </div>
          ${dragOver ? html`<p part="drop-hint" class="drop-hint">${t.dropOn(piece.label)}</p>` : nothing}
          ${waiver ? html`<p class="note">${t.waivedBecause(waiver.reason)}</p>` : nothing}
          ${piece.expiresAt && piece.status !== 'expired' ? html`<p class="note">${t.validUntil(this.formatDate(piece.expiresAt))}</p>` : nothing}
          ${
            documents.length && expanded
              ? html`<ul part="documents" id="${id}-documents">
                ${documents.map(
                  (d) => html`<li part="document" data-document-id=${d.id} data-state=${d.state}>
                    <span class="name">${d.originalName}</span>
                    <span class="note">${t.documentState[d.state]}</span>
                    ${d.passwordProtected ? html`<span part="password-badge" class="password-badge">${t.passwordProtected}</span>` : nothing}
                    ${d.review ? html`<span part="review review-${d.review.status}" class="note">${t.reviewState[d.review.status]}</span>` : nothing}
                    ${
                      d.review?.status === 'rejected' && d.review.reason
                        ? html`<span part="rejection" class="note">${t.rejectedBecause(d.review.reason === 'other' ? (d.review.note ?? '') : t.rejectionReasons[d.review.reason])}</span>`
                        : nothing
                    }
                    ${!readOnly && d.review?.status === 'pending' ? this.renderReview(d, busy) : nothing}
                    ${
                      !readOnly && d.state === 'obtained' && (!d.review || d.review.status === 'accepted')
                        ? html`<button part="archive-button" class="small" type="button" data-action="archive" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.archiveDocument(piece, d)}>
                          ${t.archive}<span class="visually-hidden"> ${d.originalName}</span>
                        </button>`
                        : nothing
                    }
                  </li>`,
                )}
              </ul>`
              : nothing
          }
          ${readOnly || this.waiving !== piece.pieceId ? nothing : this.renderWaiveForm(piece, id, busy)}
          ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
        </li>
      `;
    }

    /** The actions of a piece, in a menu: "Dispenser" or "Annuler la dispense". */
    private renderMenu(piece: PieceStatus, id: string, canWaive: boolean, waived: boolean, busy: boolean): TemplateResult | typeof nothing {
      if (!canWaive && !waived) return nothing;
      const t = this.text('tracker', trackerFr);
      const open = this.menuFor === piece.pieceId;
      return html`<span class="menu" @keydown=${(event: KeyboardEvent) => this.onMenuKeydown(event, piece)} @focusout=${this.onMenuFocusOut}>
        <button
          part="menu-button"
          class="icon"
          type="button"
          data-action="menu"
          aria-haspopup="menu"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `${id}-menu` : nothing}
          @click=${() => this.toggleMenu(piece)}
        >
          <span aria-hidden="true">⋯</span><span class="visually-hidden">${t.actions}${t.pieceSuffix(piece.label)}</span>
        </button>
        ${
          open
            ? html`<span part="menu" role="menu" id="${id}-menu" aria-label=${`${t.actions}${t.pieceSuffix(piece.label)}`}>
              ${
                waived
                  ? html`<button part="unwaive-button" role="menuitem" type="button" data-action="unwaive" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.unwaive(piece)}>
                    ${t.unwaive}
                  </button>`
                  : html`<button part="waive-button" role="menuitem" type="button" data-action="waive" @click=${() => this.openWaiver(piece)}>${t.waive}</button>`
              }
            </span>`
            : nothing
        }
      </span>`;
    }

    private renderWaiveForm(piece: PieceStatus, id: string, busy: boolean): TemplateResult {
      const t = this.text('tracker', trackerFr);
      const common = this.text('common', commonFr);
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

    /** The dossier's upload links with their state, "Créer un lien client", and the new link's address, once. */
    private renderLinks(data: TrackerData, readOnly: boolean): TemplateResult {
      const t = this.text('tracker', trackerFr);
      return html`<section part="links" aria-labelledby="links-heading">
        <h3 id="links-heading">${t.linksHeading}</h3>
        ${
          data.links.length === 0
            ? html`<p class="note">${t.noLinks}</p>`
            : html`<ul>
              ${data.links.map(
                (link) => html`<li part="link link-${link.state}" data-link-id=${link.id}>
                  <span>${t.linkRow(this.formatDate(link.createdAt), this.formatDate(link.expiresAt), link.filesReceived)}</span>
                  <span part="link-state">${t.linkState[link.state]}</span>
                  ${
                    !readOnly && (link.state === 'active' || link.state === 'used')
                      ? html`<button class="small" type="button" data-action="revoke-link" @click=${() => this.revokeLink(link)}>${t.revokeLink}</button>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
        }
        ${
          this.createdLink
            ? html`<div part="new-link" role="status">
              <label for="new-link">${t.linkCreated}</label>
              <input id="new-link" readonly .value=${this.createdLink} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
              <p class="note">${t.linkShownOnce}</p>
            </div>`
            : nothing
        }
        ${this.linkError ? html`<p class="error" role="alert">${this.linkError}</p>` : nothing}
        ${
          readOnly
            ? nothing
            : this.linkForm
              ? this.renderLinkForm(data, this.linkForm)
              : html`<button part="create-link" type="button" data-action="create-link" @click=${() => this.openLinkForm(data)}>${t.createLink}</button>`
        }
      </section>`;
    }

    /** The new link's options: the pieces still to collect (ticked: the required ones), its days (14 by default, 90 at most), a file limit. */
    private renderLinkForm(data: TrackerData, form: LinkForm): TemplateResult {
      const t = this.text('tracker', trackerFr);
      const common = this.text('common', commonFr);
      const pieces = data.completeness.pieces.filter(linkable);
      const { errors } = form;
      const submit = (event: Event) => {
        event.preventDefault();
        void this.createLink();
      };
      return html`<form part="link-form" novalidate aria-labelledby="links-heading" @submit=${submit}>
        <fieldset id="link-pieces" tabindex="-1" aria-invalid=${errors.pieces ? 'true' : 'false'} aria-describedby=${errors.pieces ? 'link-pieces-error' : nothing}>
          <legend>${t.linkPieces}</legend>
          ${
            pieces.length === 0
              ? html`<p class="note">${t.linkNoPieces}</p>`
              : pieces.map(
                  (piece) => html`<label class="check">
                  <input
                    type="checkbox"
                    data-piece-id=${piece.pieceId}
                    .checked=${form.pieceIds.has(piece.pieceId)}
                    @change=${(event: Event) => this.toggleLinkPiece(piece.pieceId, (event.target as HTMLInputElement).checked)}
                  />
                  <span>${piece.label}</span>
                </label>`,
                )
          }
          ${errors.pieces ? html`<p class="error" id="link-pieces-error" role="alert">${errors.pieces}</p>` : nothing}
        </fieldset>
        <label for="link-days">${t.linkDays(UPLOAD_LINK_LIMITS.maxDays)}</label>
        <input
          id="link-days"
          type="number"
          inputmode="numeric"
          min="1"
          max=${UPLOAD_LINK_LIMITS.maxDays}
          step="1"
          .value=${form.days}
          aria-invalid=${errors.days ? 'true' : 'false'}
          aria-describedby=${errors.days ? 'link-days-error' : nothing}
          @input=${(event: Event) => this.editLinkForm({ days: (event.target as HTMLInputElement).value }, 'days')}
        />
        ${errors.days ? html`<p class="error" id="link-days-error" role="alert">${errors.days}</p>` : nothing}
        <label for="link-max-files">${t.linkMaxFiles}</label>
        <input
          id="link-max-files"
          type="number"
          inputmode="numeric"
          min="1"
          max=${UPLOAD_LINK_LIMITS.maxFiles}
          step="1"
          placeholder=${t.linkNoLimit}
          .value=${form.maxFiles}
          aria-invalid=${errors.maxFiles ? 'true' : 'false'}
          aria-describedby=${errors.maxFiles ? 'link-max-files-error' : nothing}
          @input=${(event: Event) => this.editLinkForm({ maxFiles: (event.target as HTMLInputElement).value }, 'maxFiles')}
        />
        ${errors.maxFiles ? html`<p class="error" id="link-max-files-error" role="alert">${errors.maxFiles}</p>` : nothing}
        <div class="actions">
          <button part="link-submit" class="primary" type="submit" data-action="confirm-link" @click=${submit}>${t.linkSubmit}</button>
          <button type="button" data-action="cancel-link" @click=${() => this.closeLinkForm()}>${common.cancel}</button>
        </div>
      </form>`;
    }

    private openLinkForm(data: TrackerData): void {
      const candidates = new Set(data.completeness.pieces.filter(linkable).map((piece) => piece.pieceId));
      this.linkError = null;
      this.createdLink = null;
      this.linkForm = {
        pieceIds: new Set(data.completeness.missingPieceIds.filter((id) => candidates.has(id))),
        days: String(UPLOAD_LINK_LIMITS.defaultDays),
        maxFiles: '',
        errors: {},
      };
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="link-form"] input')?.focus());
    }

    private closeLinkForm(): void {
      this.linkForm = null;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="create-link"]')?.focus());
    }

    private toggleLinkPiece(pieceId: string, checked: boolean): void {
      if (!this.linkForm) return;
      const pieceIds = new Set(this.linkForm.pieceIds);
      if (checked) pieceIds.add(pieceId);
      else pieceIds.delete(pieceId);
      this.linkForm = { ...this.linkForm, pieceIds, errors: { ...this.linkForm.errors, pieces: undefined } };
    }

    private editLinkForm(patch: Partial<Pick<LinkForm, 'days' | 'maxFiles'>>, field: 'days' | 'maxFiles'): void {
      if (!this.linkForm) return;
      this.linkForm = { ...this.linkForm, ...patch, errors: { ...this.linkForm.errors, [field]: undefined } };
    }

    /** Checks the options, says next to each field what is wrong, else creates the link and shows its address once. */
    private async createLink(): Promise<void> {
      const client = this.activeClient;
      const form = this.linkForm;
      if (!client || !form) return;
      const t = this.text('tracker', trackerFr);
      const whole = (text: string, max: number) =>
        /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= max ? Number(text) : null;
      const days = whole(form.days, UPLOAD_LINK_LIMITS.maxDays);
      const maxFiles = form.maxFiles.trim() === '' ? undefined : whole(form.maxFiles, UPLOAD_LINK_LIMITS.maxFiles);
      const errors = {
        ...(form.pieceIds.size === 0 ? { pieces: t.linkPiecesRequired } : {}),
        ...(days === null ? { days: t.linkDaysInvalid(UPLOAD_LINK_LIMITS.maxDays) } : {}),
        ...(maxFiles === null ? { maxFiles: t.linkMaxFilesInvalid(UPLOAD_LINK_LIMITS.maxFiles) } : {}),
      };
      if (Object.keys(errors).length > 0 || days === null || maxFiles === null) return this.refuseLinkForm(form, errors);
      this.linkError = null;
      try {
        const created = await client.uploadLinks.create(this.dossierId, {
          pieceIds: [...form.pieceIds],
          expiresInDays: days,
          ...(maxFiles === undefined ? {} : { maxFiles }),
        });
        this.linkForm = null;
        this.createdLink = created.url ?? created.token;
        this.announcement = t.linkCreated;
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#new-link')?.focus());
      } catch (error) {
        // What core refuses goes next to its field too.
        const field = isDossierError(error) && error.code === 'invalid-input' ? error.details.field : undefined;
        if (field === 'expiresInDays') return this.refuseLinkForm(form, { days: t.linkDaysInvalid(UPLOAD_LINK_LIMITS.maxDays) });
        if (field === 'maxFiles') return this.refuseLinkForm(form, { maxFiles: t.linkMaxFilesInvalid(UPLOAD_LINK_LIMITS.maxFiles) });
        if (field === 'pieceIds') return this.refuseLinkForm(form, { pieces: t.linkPiecesRequired });
        this.linkError = this.errorText(error);
      }
    }

    private refuseLinkForm(form: LinkForm, errors: LinkForm['errors']): void {
      this.linkForm = { ...form, errors };
      const first = errors.pieces ? '#link-pieces' : errors.days ? '#link-days' : '#link-max-files';
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(first)?.focus());
    }

    private async revokeLink(link: UploadLinkStatus): Promise<void> {
      const client = this.activeClient;
      if (!client) return;
      this.linkError = null;
      try {
        await client.uploadLinks.revoke(link.id);
        this.announcement = this.text('tracker', trackerFr).linkRevoked;
        // A revocation changes no dossier record the tracker watches: read again.
        this.data.reload();
      } catch (error) {
        this.linkError = this.errorText(error);
      }
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
        ${
          showButton
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
            : nothing
        }
        <div part="indexer" id="indexer" ?hidden=${!this.indexerOpen}>
          ${
            this.indexerOpen
              ? html`<dossier-indexer .client=${this.activeClient} .locale=${this.activeLocale} dossier-id=${data.dossier.id}></dossier-indexer>`
              : nothing
          }
        </div>
      `;
    }

    /** The general drop zone, which stores what a row is given (and lists the outcomes). */
    private get generalZone(): DossierDropZone | null {
      return this.shadowRoot?.querySelector<DossierDropZone>('dossier-drop-zone[part~="drop-zone"]') ?? null;
    }

    /** "Ajouter document" of a row: the file picker, for that piece. */
    private pickFor(piece: PieceStatus): void {
      this.generalZone?.openPicker({ pieceId: piece.pieceId });
    }

    private toggleDocuments(pieceId: string): void {
      const next = new Set(this.expanded);
      if (!next.delete(pieceId)) next.add(pieceId);
      this.expanded = next;
    }

    private toggleMenu(piece: PieceStatus): void {
      const opening = this.menuFor !== piece.pieceId;
      this.menuFor = opening ? piece.pieceId : null;
      if (opening)
        void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
    }

    private onMenuFocusOut(event: FocusEvent): void {
      const menu = event.currentTarget as HTMLElement;
      if (!(event.relatedTarget instanceof Node) || !menu.contains(event.relatedTarget)) this.menuFor = null;
    }

    private onMenuKeydown(event: KeyboardEvent, piece: PieceStatus): void {
      const row = this.pieceRow(piece.pieceId);
      const items = [...(row?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
      if (event.key === 'Escape' && this.menuFor === piece.pieceId) {
        event.stopPropagation();
        this.menuFor = null;
        row?.querySelector<HTMLElement>('[data-action="menu"]')?.focus();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && items.length) {
        event.preventDefault();
        if (this.menuFor !== piece.pieceId) {
          this.toggleMenu(piece);
          return;
        }
        const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
        const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[next]?.focus();
      }
    }

    private onRowDragEnter(event: DragEvent, piece: PieceStatus): void {
      event.preventDefault();
      if (this.dragPiece !== piece.pieceId) this.dragDepth = 0;
      this.dragDepth += 1;
      this.dragPiece = piece.pieceId;
    }

    private onRowDragOver(event: DragEvent, piece: PieceStatus): void {
      // Without preventDefault the browser would open a dropped file in place of the page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      if (this.dragPiece !== piece.pieceId) this.dragPiece = piece.pieceId;
    }

    private onRowDragLeave(_event: DragEvent, piece: PieceStatus): void {
      if (this.dragPiece !== piece.pieceId) return;
      this.dragDepth = Math.max(0, this.dragDepth - 1);
      if (this.dragDepth === 0) this.dragPiece = null;
    }

    private onRowDrop(event: DragEvent, piece: PieceStatus): void {
      event.preventDefault();
      this.dragDepth = 0;
      this.dragPiece = null;
      const files = filesOf(event.dataTransfer);
      if (files.length) void this.generalZone?.addFiles(files, { pieceId: piece.pieceId });
    }

    private formatDate(iso: string): string {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'medium' }).format(date);
    }

    private openWaiver(piece: PieceStatus): void {
      this.menuFor = null;
      this.waiving = piece.pieceId;
      this.waiveReason = '';
      this.waiveError = null;
      this.setPieceError(piece.pieceId, undefined);
      void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector('input')?.focus());
    }

    private closeWaiver(piece: PieceStatus): void {
      this.waiving = null;
      this.waiveError = null;
      void this.updateComplete.then(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="menu"]')?.focus());
    }

    private onWaiveKeydown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || this.waiving === null) return;
      event.stopPropagation();
      const piece = this.data.value?.completeness.pieces.find((p) => p.pieceId === this.waiving);
      if (piece) this.closeWaiver(piece);
    }

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
        this.emit('dossier-piece-waived', {
          dossierId: this.dossierId,
          pieceId: piece.pieceId,
          reason: dossier.waivers[piece.pieceId]?.reason ?? reason,
        });
        void this.focusAfterReload(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="menu"]'));
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
      this.menuFor = null;
      this.setBusy(piece.pieceId, true);
      this.setPieceError(piece.pieceId, undefined);
      try {
        await client.dossiers.unwaive(this.dossierId, piece.pieceId);
        this.announcement = t.unwaived(piece.label);
        this.emit('dossier-piece-unwaived', { dossierId: this.dossierId, pieceId: piece.pieceId });
        void this.focusAfterReload(() => this.pieceRow(piece.pieceId)?.querySelector<HTMLButtonElement>('[data-action="menu"]'));
      } catch (error) {
        this.setPieceError(piece.pieceId, this.errorText(error));
      } finally {
        this.setBusy(piece.pieceId, false);
      }
    }

    /** "Accepter" and "Refuser" of a document waiting for review, or its refusal form. */
    private renderReview(document: CollectedDocument, busy: boolean): TemplateResult {
      const t = this.text('tracker', trackerFr);
      const common = this.text('common', commonFr);
      const form = this.review.formFor(document.id);
      const id = `reject-${document.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
      if (form) {
        return html`<form part="reject-form" novalidate @submit=${(event: Event) => this.submitRejection(event, document)}>
          <label for="${id}-reason">${t.rejectReason}</label>
          <select id="${id}-reason" required aria-invalid=${form.error && !form.reason ? 'true' : 'false'} @change=${(event: Event) => this.review.edit({ reason: (event.target as HTMLSelectElement).value as RejectionReason | '' })}>
            <option value="" ?selected=${form.reason === ''}>${t.rejectChoose}</option>
            ${REJECTION_REASONS.map((reason) => html`<option value=${reason} ?selected=${form.reason === reason}>${t.rejectionReasons[reason]}</option>`)}
          </select>
          <label for="${id}-note">${t.rejectNote}</label>
          <input id="${id}-note" maxlength="500" .value=${form.note} @input=${(event: Event) => this.review.edit({ note: (event.target as HTMLInputElement).value })} />
          ${form.error ? html`<p class="error" role="alert">${form.error}</p>` : nothing}
          <div class="actions">
            <button part="reject-submit" type="submit" @click=${(event: Event) => this.submitRejection(event, document)}>${t.rejectSubmit}<span class="visually-hidden"> ${document.originalName}</span></button>
            <button type="button" @click=${() => this.review.close()}>${common.cancel}</button>
          </div>
        </form>`;
      }
      return html`<span class="actions">
        <button part="accept-button" class="small" type="button" data-action="accept" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.review.accept(document)}>
          ${t.accept}<span class="visually-hidden"> ${document.originalName}</span>
        </button>
        <button part="reject-button" class="small" type="button" data-action="reject" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.review.open(document)}>
          ${t.reject}<span class="visually-hidden"> ${document.originalName}</span>
        </button>
      </span>`;
    }

    /** "Confirmer le refus" (the form's submit or its button's click). */
    private submitRejection(event: Event, document: CollectedDocument): Promise<void> {
      event.preventDefault();
      return this.review.reject(document);
    }

    private async archiveDocument(piece: PieceStatus, document: CollectedDocument): Promise<void> {
      const client = this.activeClient;
      if (!client || this.busy.has(piece.pieceId)) return;
      const t = this.text('tracker', trackerFr);
      this.setBusy(piece.pieceId, true);
      this.setPieceError(piece.pieceId, undefined);
      try {
        const before = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-action="archive"]') ?? [])];
        const index = before.findIndex(
          (button) => button.closest<HTMLElement>('[part~="document"]')?.dataset['documentId'] === document.id,
        );
        const archived = await client.documents.archive(document.id);
        this.announcement = t.archived(document.originalName);
        this.emit('dossier-document-archived', { dossierId: this.dossierId, document: archived });
        // Its "Archiver" button is gone: on to the next document to archive, else the piece's "Ajouter document".
        void this.focusAfterReload(() => {
          const buttons = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-action="archive"]') ?? [])];
          return buttons[index] ?? buttons[index - 1] ?? this.pieceRow(piece.pieceId)?.querySelector<HTMLElement>('[data-action="add"]');
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
      return (
        [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="piece"]') ?? [])].find((row) => row.dataset['pieceId'] === pieceId) ??
        null
      );
    }
  };
}
