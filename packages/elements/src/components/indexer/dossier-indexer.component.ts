import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CollectedDocument, Dossier, ExpectedPiece } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { reasonRequiredFr } from '../checklist/reason-required.fr.js';
import { trackerReviewFr } from '../tracker/tracker-review.fr.js';
import { elementMessagesOf } from '../../i18n/locale-registry.js';
import { DossierQueryController, type QueryStatus } from '../../controllers/dossier-query-controller.js';
import { DocumentReviewController } from '../../controllers/document-review-controller.js';
import { kindOf } from './document-kind.js';

/** What the indexer shows: the dossier, its risk type's expected pieces and its documents. */
export interface IndexerData {
  readonly dossier: Dossier;
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
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
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-indexer.view.js'));

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** Pieces a person chose per document id; absent = the suggestion (unclassified) or the current piece. */
  @state() protected choices: ReadonlyMap<string, string> = new Map();
  @state() protected rowErrors: ReadonlyMap<string, string> = new Map();
  @state() protected busy: ReadonlySet<string> = new Set();
  /** Id of the document whose removal awaits confirmation. */
  @state() protected confirming: string | null = null;
  @state() protected announcement = '';
  /** Object URLs of image thumbnails, by document id. */
  @state() protected previews: ReadonlyMap<string, string> = new Map();
  /** First pages of PDFs, drawn, by document id. */
  @state() protected pdfPages: ReadonlyMap<string, HTMLCanvasElement> = new Map();
  /** PDFs whose first page could not be drawn. */
  @state() protected pdfFailures: ReadonlySet<string> = new Set();

  /**
   * Where focus goes once a classified (or unclassified) document has left its list and its row
   * with it: the row now at the same place in that list, else the one before, else the heading.
   */
  protected focusAfterMove: { documentId: string; list: 'unclassified' | 'classified'; index: number } | undefined;

  private readonly pendingPreviews = new Set<string>();
  /** PDFs are drawn one after the other: a list of scans must not start twenty decodings at once. */
  private pdfQueue: Promise<void> = Promise.resolve();
  private previewedData: IndexerData | undefined;

  /** "Accepter" and "Refuser" of documents waiting for review, and the refusal being given a reason. */
  protected readonly review = new DocumentReviewController(this, {
    dossierId: () => this.dossierId,
    emit: (name, detail, options) => this.emit(name, detail, options),
    errorText: (error) => this.errorText(error),
    texts: () => ({ reasonRequired: elementMessagesOf(this.activeLocale)?.checklist.review.reasonRequired ?? reasonRequiredFr }),
    reasonSelect: (documentId) => this.rowOf(documentId)?.querySelector<HTMLSelectElement>('[part~="reject-form"] select'),
    focusMissingReason: true,
    isBusy: (document) => this.busy.has(document.id),
    setBusy: (document, busy) => this.setBusy(document.id, busy),
    acceptError: (document, message) => this.setRowError(document.id, message),
    accepted: (document) =>
      (this.announcement = (elementMessagesOf(this.activeLocale)?.tracker.acceptedOne ?? trackerReviewFr.acceptedOne)(
        document.originalName,
      )),
  });

  protected readonly data: DossierQueryController<IndexerData> = new DossierQueryController<IndexerData>(this, {
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

  protected rowOf(documentId: string): HTMLElement | null {
    return (
      [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="document"]') ?? [])].find(
        (row) => row.dataset['documentId'] === documentId,
      ) ?? null
    );
  }

  protected setBusy(documentId: string, busy: boolean): void {
    const next = new Set(this.busy);
    if (busy) next.add(documentId);
    else next.delete(documentId);
    this.busy = next;
  }

  protected setRowError(documentId: string, message: string | undefined): void {
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
