import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DossierError, isDossierError, type ExpectedPiece } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { elementMessagesOf } from '../../i18n/locale-registry.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import type { DropZoneFile } from './drop-zone-file.js';
import { type DropZoneMessages } from './dossier-drop-zone.messages.js';
import { FINISHED_STEPS } from './finished-steps.js';
import { oneFileOnlyFr } from './one-file-only.fr.js';

/** Options of {@link DossierDropZone.addFiles} and {@link DossierDropZone.openPicker}. */
export interface DropZoneAddOptions {
  /** Classify to this piece instead of the element's `piece-id` (`null`: unclassified). */
  pieceId?: string | null;
}

/** A message for the live region, computed at render so it follows the locale. */
type Announcement = (t: DropZoneMessages) => string;

/**
 * @tagname dossier-drop-zone
 * @summary Adds files to a dossier: drop them, click to pick, Enter/Space on the button, or paste.
 *
 * Every file is validated by core (kind by content, size, duplicates) before
 * anything is stored, one after the other. Each file stays listed with its
 * outcome (stored, refused with the reason, or skipped) until dismissed, and
 * outcomes are announced to screen readers.
 *
 * @fires {DossierDocumentAddRequestEvent} dossier-document-add-request - Cancelable, before each file is stored. Detail: `{ dossierId, pieceId, file }`. `preventDefault()` skips that file.
 * @fires {DossierDocumentAddedEvent} dossier-document-added - A file was stored. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectedEvent} dossier-document-rejected - A file was refused; nothing was stored for it. Detail: `{ dossierId, fileName, error: { code, message } }`.
 *
 * @csspart zone - The drop target (the whole zone reacts to clicks).
 * @csspart dragover - Added to the zone while files are dragged over it.
 * @csspart icon - The upload icon.
 * @csspart label - The prompt text.
 * @csspart hint - Accepted kinds, size limit and the paste hint.
 * @csspart button - The "Ajouter document" button that opens the file picker.
 * @csspart files - The list of files given and their outcomes.
 * @csspart file - One file row; also `file-pending`, `file-validating`, `file-storing`, `file-stored`, `file-rejected`, `file-skipped`.
 * @csspart file-name - A file's name.
 * @csspart file-status - A file's status text.
 * @csspart file-message - Why a file was refused or skipped.
 * @csspart dismiss - A row's button removing it from the list.
 * @csspart clear - The button clearing every finished row.
 *
 * @cssproperty --dossier-drop-zone-border - Border of the zone (default: dashed, the border token).
 * @cssproperty --dossier-drop-zone-bg - Background of the zone.
 * @cssproperty --dossier-drop-zone-active-bg - Background of the zone while files are dragged over it.
 * @cssproperty --dossier-drop-zone-padding - Padding of the zone.
 */
export class DossierDropZone extends DossierElement {
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-drop-zone.view.js'));

  /** The dossier the files are added to (the host's proposal id). Required. */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** Classify every file to this expected piece at once; `null` leaves them unclassified. */
  @property({ attribute: 'piece-id' }) pieceId: string | null = null;

  /** Replaces the prompt "Déposez un document ici ou cliquez pour le sélectionner". */
  @property() label?: string;

  /** Refuses drops, picks and pastes. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Whether several files may be given at once (default true; `multiple="false"` turns it off). */
  @property({ converter: { fromAttribute: (value: string | null) => value !== 'false' } }) multiple = true;

  /** Reflects that files are being dragged over the zone, for host styling. Read-only for hosts. */
  @property({ type: Boolean, reflect: true, attribute: 'dragover' }) dragOver = false;

  @state() protected rows: readonly DropZoneFile[] = [];
  @state() protected announcement: Announcement | undefined;

  @query('input[type="file"]') protected input?: HTMLInputElement;
  @query('[part~="button"]') private button?: HTMLButtonElement;

  protected readonly piece: DossierQueryController<ExpectedPiece | null> = new DossierQueryController<ExpectedPiece | null>(this, {
    key: () => this.pieceId,
    load: (client) => (this.pieceId ? client.pieces.get(this.pieceId) : Promise.resolve(null)),
    affectedBy: (event) => this.piece.value != null && event.riskTypeIds.includes(this.piece.value.riskTypeId),
  });

  /** Files are stored one after the other: this is the tail of that line. */
  private queue: Promise<void> = Promise.resolve();
  private nextRowId = 1;
  /** Balances dragenter/dragleave pairs, which also fire when the pointer crosses children. */
  protected dragDepth = 0;
  /** The piece of the picker opened by `openPicker({ pieceId })`, consumed by its `change`. */
  protected pickerPieceId: string | null | undefined;

  /** Every file given and not yet dismissed, oldest first. */
  get files(): readonly DropZoneFile[] {
    return this.rows;
  }

  /** Moves keyboard focus to the "Ajouter document" button. */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  /**
   * Opens the browser's file picker. With `pieceId`, the files picked this
   * time go to that piece rather than to the element's `piece-id`.
   */
  openPicker(options?: DropZoneAddOptions): void {
    if (this.disabled || !this.input) return;
    this.pickerPieceId = options && 'pieceId' in options ? (options.pieceId ?? null) : undefined;
    this.input.click();
  }

  /**
   * Validates and stores files one after the other, listing each with its
   * outcome. Resolves with the final rows of these files once all are done.
   */
  addFiles(files: Iterable<File> | ArrayLike<File>, options?: DropZoneAddOptions): Promise<readonly DropZoneFile[]> {
    const list = Array.from(files as ArrayLike<File>);
    // An empty `piece-id=""` means no piece, not a piece with an empty id.
    const pieceId = (options && 'pieceId' in options ? options.pieceId : this.pieceId) || null;
    const dossierId = this.dossierId;
    const added = list.map((file, index) => {
      const row: DropZoneFile = { id: this.nextRowId++, name: file.name, size: file.size, pieceId, step: 'pending' };
      // Never dropped silently: extra files past the first, when only one is allowed, are listed as refused.
      if (!this.multiple && index > 0) {
        return {
          ...row,
          step: 'rejected' as const,
          error: new DossierError(
            'invalid-input',
            { field: 'file', reason: elementMessagesOf(this.activeLocale)?.dropZone.oneFileOnly ?? oneFileOnlyFr, fileName: file.name },
            { locale: this.activeLocale },
          ),
        };
      }
      return row;
    });
    if (added.length === 0) return Promise.resolve([]);
    this.rows = [...this.rows, ...added];
    this.announcement = (m) => m.adding(added.length);
    for (const row of added) {
      if (row.step === 'rejected') this.emitRejected(row, dossierId);
    }
    const jobs = added.map((row, index) => {
      const file = list[index]!;
      if (row.step !== 'pending') return Promise.resolve();
      const job = this.queue.then(() => this.store(row.id, file, dossierId));
      // One file's unexpected failure must not stop the files queued after it.
      this.queue = job.catch(() => undefined);
      return job;
    });
    return Promise.all(jobs).then(() => {
      const done = added.map((row) => this.rows.find((r) => r.id === row.id) ?? row);
      this.announcement = (m) => this.describeOutcome(done, m);
      return done;
    });
  }

  /** Removes one finished row from the list. */
  dismiss(rowId: number): void {
    this.rows = this.rows.filter((row) => row.id !== rowId || !FINISHED_STEPS.has(row.step));
  }

  /** Removes every finished row from the list; files still in progress stay. */
  clearFinished(): void {
    this.rows = this.rows.filter((row) => !FINISHED_STEPS.has(row.step));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dragDepth = 0;
    this.dragOver = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('disabled') && this.disabled) {
      this.dragDepth = 0;
      this.dragOver = false;
    }
  }

  private describeOutcome(done: readonly DropZoneFile[], t: DropZoneMessages): string {
    if (done.length === 1) {
      const [row] = done as [DropZoneFile];
      if (row.step === 'stored') return t.storedOne(row.name);
      if (row.step === 'skipped') return t.skippedOne(row.name);
      return this.errorText(row.error);
    }
    const count = (step: DropZoneFile['step']) => done.filter((row) => row.step === step).length;
    const reasons = done.filter((row) => row.step === 'rejected').map((row) => this.errorText(row.error));
    return [t.summary(count('stored'), count('rejected'), count('skipped')), ...reasons].join(' ');
  }

  /** One file's way in: the host's veto, then core's validation and atomic storage. */
  private async store(rowId: number, file: File, dossierId: string): Promise<void> {
    const row = this.rows.find((r) => r.id === rowId);
    // Dismissal is refused while pending, so the row is still there.
    if (!row) return;
    const client = this.activeClient;
    if (!client) {
      const common = this.text('common', commonFr);
      this.finishRejected(
        rowId,
        new DossierError('invalid-input', { field: 'client', reason: common.noClient, fileName: file.name }, { locale: this.activeLocale }),
        dossierId,
      );
      return;
    }
    if (!this.emit('dossier-document-add-request', { dossierId, pieceId: row.pieceId, file }, { cancelable: true })) {
      this.patchRow(rowId, { step: 'skipped' });
      return;
    }
    this.patchRow(rowId, { step: 'validating' });
    try {
      const document = await client.documents.add(dossierId, file, {
        pieceId: row.pieceId,
        onProgress: (progress) => {
          if (progress.step === 'validating' || progress.step === 'storing') this.patchRow(rowId, { step: progress.step });
        },
      });
      this.patchRow(rowId, { step: 'stored', document });
      this.emit('dossier-document-added', { dossierId, document });
    } catch (error) {
      this.finishRejected(rowId, error, dossierId);
    }
  }

  private finishRejected(rowId: number, error: unknown, dossierId: string): void {
    this.patchRow(rowId, { step: 'rejected', error });
    const row = this.rows.find((r) => r.id === rowId);
    if (row) this.emitRejected(row, dossierId);
  }

  private emitRejected(row: DropZoneFile, dossierId: string): void {
    this.emit('dossier-document-rejected', {
      dossierId,
      fileName: row.name,
      error: { code: isDossierError(row.error) ? row.error.code : 'storage-unavailable', message: this.errorText(row.error) },
    });
  }

  private patchRow(rowId: number, patch: Partial<DropZoneFile>): void {
    this.rows = this.rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row));
  }
}
