import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  describeAcceptList,
  formatBytes,
  isDossierError,
  mediaTypeMatches,
  type PortalConnection,
  type PortalPiece,
  type PortalView,
} from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { portal as portalFr } from './dossier-portal.messages.fr.js';
import type { PortalMessages } from './dossier-portal.messages.js';
import { portalStyles } from './dossier-portal.styles.js';

/** One file the client picked on this page, as it goes. */
interface PickedFile {
  readonly key: number;
  readonly pieceId: string;
  readonly name: string;
  readonly size: number;
  sent: number;
  state: 'uploading' | 'sent' | 'refused';
  /** Why it was refused, in words. */
  message: string;
}

/**
 * @tagname dossier-portal
 * @summary The client's page behind a secure upload link: the requested pieces, a file picker per piece, progress, refusals, a summary.
 *
 * No login: it talks to one link through `connection` (`createRestPortal({ baseUrl, token })`
 * from `@dossier/storage-rest`). Shows the cabinet's name and the client's first name, each
 * requested piece with its instructions, accepted kinds and size limit, and per piece a
 * "Choisir un fichier" button (several files at once) and, when the piece takes images, a
 * "Prendre une photo" button that opens the camera on phones (`capture`). Each file gets its
 * progress bar; a file of the wrong kind or too large is refused before it is sent, in words
 * ("« scan.png » n'est pas accepté : document PDF"). A piece the broker refused shows the reason
 * and takes a new file. "Terminé" shows what was sent and what is still missing. One column,
 * from 320 px wide.
 *
 * @csspart base - The wrapper.
 * @csspart header - Greeting, cabinet and expiry.
 * @csspart piece - One requested piece; also `piece-requested`, `piece-received`, `piece-complete`, `piece-rejected`.
 * @csspart piece-header - A piece's label and status.
 * @csspart status - A piece's status; also `status-<status>`.
 * @csspart instructions - A piece's instructions.
 * @csspart rules - Accepted kinds and size.
 * @csspart rejection - The broker's reason for refusing the last file.
 * @csspart actions - The buttons of a piece.
 * @csspart file - A file picked or sent.
 * @csspart refusal - Why a file was refused.
 * @csspart done - The "Terminé" button.
 * @csspart summary - The summary shown after "Terminé".
 *
 * @cssproperty --dossier-portal-max-width - Widest the page grows (default 40rem).
 * @cssproperty --dossier-portal-complete - Colour of a complete piece (default: the success token).
 * @cssproperty --dossier-portal-rejected - Colour of refusals (default: the danger token).
 */
export class DossierPortal extends DossierElement {
  static override styles = [...DossierElement.styles, portalStyles];

  /** The link this page shows and sends to. */
  @property({ attribute: false }) connection?: PortalConnection;

  @state() private view: PortalView | undefined;
  @state() private failure: unknown;
  @state() private loading = false;
  @state() private files: PickedFile[] = [];
  @state() private summary = false;
  @state() private announcement = '';
  private nextKey = 0;

  /** Reads the link's view again (after an upload, or to retry). */
  async reload(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    this.loading = true;
    try {
      this.view = await connection.view();
      this.failure = undefined;
    } catch (error) {
      this.failure = error;
    } finally {
      this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('connection')) {
      this.view = undefined;
      this.files = [];
      void this.reload();
    }
  }

  protected override render(): TemplateResult<1> {
    const t = this.text('portal', portalFr);
    const common = this.text('common', commonFr);
    if (!this.connection) return html`<p role="alert">${t.noConnection}</p>`;
    if (this.failure !== undefined && !this.view) {
      const gone = isDossierError(this.failure) && this.failure.code === 'not-found';
      return html`<div part="base"><p role="alert">${gone ? t.linkNotWorking : this.errorText(this.failure)}</p>
        ${gone ? nothing : html`<button type="button" @click=${() => void this.reload()}>${common.retry}</button>`}</div>`;
    }
    const view = this.view;
    if (!view) return html`<p role="status" aria-busy="true">${common.loading}</p>`;
    return html`<div part="base">
      <header part="header">
        <h1>${t.greeting(view.clientFirstName)}</h1>
        <p>${t.intro(view.cabinetName)}</p>
        <p>${t.expires(new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'long' }).format(new Date(view.expiresAt)))}</p>
        ${view.filesLeft === null ? nothing : html`<p>${view.filesLeft === 0 ? t.noMoreFiles : t.filesLeft(view.filesLeft)}</p>`}
      </header>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        this.summary
          ? this.renderSummary(t, view)
          : html`<ul>${view.pieces.map((piece) => this.renderPiece(t, piece, view.filesLeft === 0))}</ul>
            <button part="done" type="button" @click=${() => this.showSummary(true)}>${t.done}</button>`
      }
    </div>`;
  }

  private renderPiece(t: PortalMessages, piece: PortalPiece, usedUp: boolean): TemplateResult<1> {
    const kinds = piece.accept.length > 0 ? describeAcceptList(piece.accept, this.activeLocale) : t.anyKind;
    const last = piece.documents[0];
    const takesImages = piece.accept.length === 0 || piece.accept.some((type) => type.startsWith('image/'));
    const picked = this.files.filter((file) => file.pieceId === piece.id);
    const canSend = !usedUp && piece.status !== 'complete';
    const id = `piece-${piece.id}`;
    return html`<li part="piece piece-${piece.status}" aria-labelledby=${`${id}-label`}>
      <div part="piece-header">
        <h2 id=${`${id}-label`}>${piece.label}</h2>
        <span part="status status-${piece.status}">${t.status[piece.status]}</span>
      </div>
      ${piece.instructions ? html`<p part="instructions">${piece.instructions}</p>` : nothing}
      <p part="rules">${t.rules(kinds, formatBytes(piece.maxBytes, this.activeLocale))}</p>
      ${
        piece.status === 'rejected' && last?.reason
          ? html`<div part="rejection" role="note">
            <p>${t.rejected(t.rejectionReason[last.reason])}</p>
            ${last.note ? html`<p>${last.note}</p>` : nothing}
            <p>${t.sendAgain}</p>
          </div>`
          : nothing
      }
      ${
        piece.documents.length > 0
          ? html`<p class="visually-hidden">${t.sentFiles}</p>
            <ul>
              ${piece.documents.map((document) => html`<li part="file">${document.name} — ${t.reviewState[document.review ?? 'none']}</li>`)}
            </ul>`
          : nothing
      }
      ${picked.length > 0 ? html`<ul aria-label=${t.sentFiles}>${picked.map((file) => this.renderFile(t, file))}</ul>` : nothing}
      ${
        canSend
          ? html`<div part="actions">
            <label class="pick">
              ${t.chooseFile(piece.label)}
              <input type="file" multiple accept=${piece.accept.join(',') || nothing} data-piece=${piece.id} @change=${this.onPick} />
            </label>
            ${
              takesImages
                ? html`<label class="pick">
                  ${t.takePhoto(piece.label)}
                  <input type="file" accept="image/*" capture="environment" data-piece=${piece.id} @change=${this.onPick} />
                </label>`
                : nothing
            }
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderFile(t: PortalMessages, file: PickedFile): TemplateResult<1> {
    const percent = file.size === 0 ? 100 : Math.round((file.sent / file.size) * 100);
    return html`<li part="file">
      <span>${file.name}</span>
      ${
        file.state === 'uploading'
          ? html`<progress max="100" value=${percent} aria-label=${t.progress(file.name, percent)}></progress>`
          : file.state === 'sent'
            ? html`<span>${t.uploaded(file.name)}</span>`
            : html`<span part="refusal" role="alert">${file.message}</span>`
      }
    </li>`;
  }

  private renderSummary(t: PortalMessages, view: PortalView): TemplateResult<1> {
    const sent = view.pieces.reduce((count, piece) => count + piece.documents.length, 0);
    const missing = view.pieces.filter((piece) => piece.status === 'requested' || piece.status === 'rejected');
    return html`<section part="summary" aria-labelledby="summary-title" tabindex="-1">
      <h2 id="summary-title">${t.summaryTitle}</h2>
      <p>${t.summarySent(sent)}</p>
      <p>${missing.length === 0 ? t.summaryAllSent : t.summaryMissing(missing.length)}</p>
      <ul>
        ${view.pieces.map((piece) => html`<li>${piece.label} — ${t.status[piece.status]}</li>`)}
      </ul>
      <button type="button" @click=${() => this.showSummary(false)}>${t.back}</button>
    </section>`;
  }

  private showSummary(shown: boolean): void {
    this.summary = shown;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(shown ? '[part~="summary"]' : '[part~="done"]');
      target?.focus();
    });
  }

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const pieceId = input.dataset['piece'] ?? '';
    const picked = [...(input.files ?? [])];
    input.value = '';
    const piece = this.view?.pieces.find((candidate) => candidate.id === pieceId);
    if (!piece) return;
    for (const file of picked) void this.send(piece, file);
  };

  /** Checks a file against the piece's rules, then sends it with its progress. */
  private async send(piece: PortalPiece, file: File): Promise<void> {
    const t = this.text('portal', portalFr);
    const entry: PickedFile = {
      key: (this.nextKey += 1),
      pieceId: piece.id,
      name: file.name,
      size: file.size,
      sent: 0,
      state: 'uploading',
      message: '',
    };
    const refuse = (message: string) => {
      entry.state = 'refused';
      entry.message = message;
      this.announcement = message;
      this.files = [...this.files];
    };
    this.files = [...this.files, entry];
    const kinds = piece.accept.length > 0 ? describeAcceptList(piece.accept, this.activeLocale) : t.anyKind;
    if (file.size === 0) return refuse(t.empty(file.name));
    if (file.size > piece.maxBytes) return refuse(t.tooLarge(file.name, formatBytes(piece.maxBytes, this.activeLocale)));
    // The declared type is only a first filter: the server reads the bytes again.
    if (piece.accept.length > 0 && file.type !== '' && !mediaTypeMatches(file.type, piece.accept))
      return refuse(t.notAccepted(file.name, kinds));
    this.announcement = t.uploading(file.name);
    try {
      await this.connection?.upload(piece.id, file, {
        onProgress: (sent) => {
          entry.sent = sent;
          this.files = [...this.files];
        },
      });
      entry.sent = entry.size;
      entry.state = 'sent';
      this.announcement = t.uploaded(file.name);
      this.files = [...this.files];
      await this.reload();
    } catch (error) {
      const reason =
        isDossierError(error) && error.code === 'file-type-not-accepted' ? t.notAccepted(file.name, kinds) : this.errorText(error);
      refuse(t.refused(file.name, reason));
    }
  }
}
