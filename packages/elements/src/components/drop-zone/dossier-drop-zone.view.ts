import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatBytes } from '@dossier/core';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import type { DossierDropZone } from './dossier-drop-zone.component.js';
import type { DropZoneMessages } from './dossier-drop-zone.messages.js';
import { dropZone as dropZoneFr } from './dossier-drop-zone.messages.fr.js';
import type { DropZoneFile } from './drop-zone-file.js';
import { filesOf } from './files-of.js';
import { FINISHED_STEPS } from './finished-steps.js';

export { dropZoneStyles as styles } from './dossier-drop-zone.styles.js';

const uploadIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M12 16V4M7 9l5-5 5 5"/><path d="M4 16v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"/></svg>`;

/** `<dossier-drop-zone>`'s rendering and what its controls do (pick, drag, drop, paste), loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierDropZone): ElementViewClass {
  return class DossierDropZoneView extends Element {
    protected override render(): TemplateResult<1> {
      const t = this.text('dropZone', dropZoneFr);
      const common = this.text('common', commonFr);
      const files = this.renderFiles(t);
      if (this.piece.status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>${files}`;
      const piece = this.piece.value;
      return html`
        <input
          type="file"
          hidden
          tabindex="-1"
          ?multiple=${this.multiple}
          accept=${piece && piece.accept.length ? piece.accept.join(',') : nothing}
          @change=${this.onPicked}
          @cancel=${this.onPickerCancel}
        />
        <div
          part=${this.dragOver ? 'zone dragover' : 'zone'}
          @click=${this.onZoneClick}
          @dragenter=${this.onDragEnter}
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
          @paste=${this.onPaste}
        >
          <span part="icon">${uploadIcon}</span>
          <p part="label" id="label">${this.dragOver ? t.release : this.label || t.prompt}</p>
          <p part="hint" id="hint">${this.renderHint(t)}</p>
          <button part="button" class="primary" type="button" aria-describedby="label hint" ?disabled=${this.disabled}>${t.add}</button>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.disabled ? t.disabled : (this.announcement?.(t) ?? '')}</div>
        ${files}
      `;
    }

    /** The files given and their outcomes; shown in every state, so that no file goes unaccounted for. */
    private renderFiles(t: DropZoneMessages) {
      if (!this.rows.length) return nothing;
      const finished = this.rows.filter((row) => FINISHED_STEPS.has(row.step)).length;
      return html`<ul part="files" aria-label=${t.filesTitle}>
          ${repeat(
            this.rows,
            (row) => row.id,
            (row) => this.renderRow(row, t),
          )}
        </ul>
        ${finished > 1 ? html`<button part="clear" type="button" class="clear" @click=${() => this.clearFinished()}>${t.clearFinished}</button>` : nothing}`;
    }

    private renderHint(t: DropZoneMessages) {
      const { status, value: piece, error } = this.piece;
      if (status === 'error') return html`<span class="error">${t.pieceUnavailable} ${this.errorText(error)}</span> ${t.pasteHint}`;
      if (!piece) return t.pasteHint;
      const kinds = piece.accept.length ? piece.accept.map((kind) => t.kindNames[kind.toLowerCase()] ?? kind).join(', ') : t.anyKind;
      const rules = [t.accepted(kinds), ...(piece.maxBytes ? [t.maxSize(formatBytes(piece.maxBytes, this.activeLocale))] : [])];
      return `${t.forPiece(piece.label, rules.join(', '))} ${t.pasteHint}`;
    }

    private renderRow(row: DropZoneFile, t: DropZoneMessages) {
      const done = FINISHED_STEPS.has(row.step);
      const message = row.step === 'rejected' ? this.errorText(row.error) : row.step === 'skipped' ? t.skippedByHost : '';
      return html`<li part=${`file file-${row.step}`} data-step=${row.step} aria-busy=${done ? 'false' : 'true'}>
        <span part="file-name" class="name">${row.name}</span>
        <span part="file-status" class="status">${t.step[row.step]}</span>
        ${message ? html`<span part="file-message" class="message">${message}</span>` : nothing}
        ${
          done
            ? html`<button part="dismiss" type="button" class="dismiss" aria-label=${t.dismiss(row.name)} @click=${() => this.dismiss(row.id)}>×</button>`
            : html`<span class="bar" aria-hidden="true"></span>`
        }
      </li>`;
    }

    private onZoneClick(): void {
      this.openPicker();
    }

    private onPicked(): void {
      const input = this.input;
      if (!input) return;
      const files = Array.from(input.files ?? []);
      const pieceId = this.pickerPieceId;
      this.pickerPieceId = undefined;
      // Cleared so that picking the same file again fires `change` again.
      input.value = '';
      if (files.length) void this.addFiles(files, pieceId === undefined ? undefined : { pieceId });
    }

    private onPickerCancel(): void {
      this.pickerPieceId = undefined;
    }

    private onDragEnter(event: DragEvent): void {
      event.preventDefault();
      if (this.disabled) return;
      this.dragDepth += 1;
      this.dragOver = true;
    }

    private onDragOver(event: DragEvent): void {
      // Without preventDefault the browser would open a dropped file in place of the page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled ? 'none' : 'copy';
      if (!this.disabled && !this.dragOver) this.dragOver = true;
    }

    private onDragLeave(): void {
      this.dragDepth = Math.max(0, this.dragDepth - 1);
      if (this.dragDepth === 0) this.dragOver = false;
    }

    private onDrop(event: DragEvent): void {
      event.preventDefault();
      this.dragDepth = 0;
      this.dragOver = false;
      if (this.disabled) return;
      this.take(event.dataTransfer, 'drop');
    }

    private onPaste(event: ClipboardEvent): void {
      if (this.disabled) return;
      event.preventDefault();
      this.take(event.clipboardData, 'paste');
    }

    private take(data: DataTransfer | null, how: 'drop' | 'paste'): void {
      const files = filesOf(data);
      if (files.length === 0) {
        this.announcement = (t) => (how === 'drop' ? t.noFilesDropped : t.noFilesPasted);
        return;
      }
      void this.addFiles(files);
    }
  };
}
