import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { describeAcceptList, formatBytes, isDossierError, mediaTypeMatches, type PortalPiece, type PortalView } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { portal as portalFr } from './dossier-portal.messages.fr.js';
import type { PortalMessages } from './dossier-portal.messages.js';
import type { DossierPortal } from './dossier-portal.component.js';
import type { PickedFile } from './picked-file.js';

export { portalStyles as styles } from './dossier-portal.styles.js';

/** `<dossier-portal>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierPortal): ElementViewClass {
  return class DossierPortalView extends Element {
    protected override render(): TemplateResult<1> {
      const t = this.text('portal', portalFr);
      const common = this.text('common', commonFr);
      if (!this.connection) return html`<p role="alert">${t.noConnection}</p>`;
      if (this.failure !== undefined && !this.portalView) {
        const gone = isDossierError(this.failure) && this.failure.code === 'not-found';
        return html`<div part="base"><p role="alert">${gone ? t.linkNotWorking : this.errorText(this.failure)}</p>
          ${gone ? nothing : html`<button type="button" @click=${() => void this.reload()}>${common.retry}</button>`}</div>`;
      }
      const view = this.portalView;
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

    private onPick(event: Event): void {
      const input = event.target as HTMLInputElement;
      const pieceId = input.dataset['piece'] ?? '';
      const picked = [...(input.files ?? [])];
      input.value = '';
      const piece = this.portalView?.pieces.find((candidate) => candidate.id === pieceId);
      if (!piece) return;
      for (const file of picked) void this.send(piece, file);
    }

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
  };
}
