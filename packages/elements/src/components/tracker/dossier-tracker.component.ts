import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { CollectedDocument, Completeness, Dossier, DossierReminderPlan, RiskType, UploadLinkStatus } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { dossierStageLabelContext } from '../../context/dossier-stage-label-context.js';
import type { StageLabel } from '../../context/stage-label.js';
import { DossierQueryController, type QueryStatus } from '../../controllers/dossier-query-controller.js';
import { DocumentReviewController } from '../../controllers/document-review-controller.js';
import { DossierDropZone } from '../drop-zone/dossier-drop-zone.component.js';
import { DossierIndexer } from '../indexer/dossier-indexer.component.js';
import type { LinkForm } from './link-form.js';
import { trackerReviewFr } from './tracker-review.fr.js';
import { elementMessagesOf } from '../../i18n/locale-registry.js';

/** What the tracker shows of one dossier. */
export interface TrackerData {
  readonly dossier: Dossier;
  /** The dossier's risk type; `null` when it could not be read (its id is shown instead). */
  readonly riskType: RiskType | null;
  readonly documents: readonly CollectedDocument[];
  readonly completeness: Completeness;
  /** The dossier's upload links, newest first, with their state. */
  readonly links: readonly UploadLinkStatus[];
  /** Where its automatic reminders stand; `null` when they could not be read. */
  readonly plan?: DossierReminderPlan | null;
}

/**
 * @tagname dossier-tracker
 * @summary The document tracking panel of one dossier, for the whole sale.
 *
 * Shows the client, the contract type, the stage (phase, and the host's
 * pipeline stage of a proposal; the contract id once converted), the number of
 * pieces still to collect, and each expected piece on one line: its status,
 * whether it is required (and why, when a profile rule decides), how many
 * documents it has (a button lists them), "Ajouter document" and a menu of its
 * actions. Files dropped on a piece's line go to that piece; the line shows it
 * is the drop target while they are dragged over it. A general drop zone takes
 * documents to classify later, and lists what was given and its outcome;
 * "Classer les documents (n)" opens `<dossier-indexer>`. Missing pieces can be
 * waived with a reason, waivers taken back, obtained documents archived. An
 * archived or lost dossier is shown read-only.
 *
 * @fires {DossierPieceWaivedEvent} dossier-piece-waived - A piece was waived. Detail: `{ dossierId, pieceId, reason }`.
 * @fires {DossierPieceUnwaivedEvent} dossier-piece-unwaived - A waiver was taken back. Detail: `{ dossierId, pieceId }`.
 * @fires {DossierDocumentArchivedEvent} dossier-document-archived - A document was archived. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAcceptRequestEvent} dossier-document-accept-request - "Accepter" on a document waiting for review (cancelable). Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAcceptedEvent} dossier-document-accepted - A document waiting for review was accepted. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectRequestEvent} dossier-document-reject-request - "Refuser" confirmed with a reason (cancelable). Detail: `{ dossierId, document, rejection }`.
 * @fires {DossierDocumentRejectedByReviewEvent} dossier-document-rejected-by-review - A document waiting for review was refused. Detail: `{ dossierId, document }`.
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
 * @csspart facts - The list of contract type, stage and contract id.
 * @csspart count - "x pièces à collecter" / complete.
 * @csspart notice - The read-only notice of an archived or lost dossier.
 * @csspart pieces - The list of expected pieces.
 * @csspart piece - One expected piece; also `piece-missing`, `piece-expired`, `piece-obtained`, `piece-archived`, `piece-waived`, and `piece-dragover` while files are dragged over it.
 * @csspart piece-label - The label of a piece.
 * @csspart status - The status of a piece (icon and text).
 * @csspart requirement - Required or not, and why.
 * @csspart document-count - How many documents a piece has (a button listing them, when it has some).
 * @csspart documents - The documents of a piece, once listed.
 * @csspart document - One document of a piece.
 * @csspart password-badge - "Protégé par mot de passe" on a document that needs a password to open.
 * @csspart archive-button - "Archiver".
 * @csspart add-button - "Ajouter document" of a piece.
 * @csspart menu-button - The button opening the actions menu of a piece.
 * @csspart menu - The actions menu of a piece.
 * @csspart waive-button - "Dispenser", in the menu.
 * @csspart unwaive-button - "Annuler la dispense", in the menu.
 * @csspart drop-hint - "Déposer pour … " on a piece files are dragged over.
 * @csspart to-review - "2 à vérifier": documents waiting for the broker's review.
 * @csspart review - A document's review state; also `review-pending`, `review-accepted`, `review-rejected`.
 * @csspart rejection - Why a document was refused.
 * @csspart accept-button - "Accepter" on a document waiting for review.
 * @csspart reject-button - "Refuser" on a document waiting for review.
 * @csspart reject-form - The refusal form: a reason (required) and a note for the client.
 * @csspart reject-submit - "Confirmer le refus".
 * @csspart links - The dossier's upload links.
 * @csspart link - One upload link; also `link-active`, `link-used`, `link-expired`, `link-revoked`.
 * @csspart link-state - A link's state in words.
 * @csspart create-link - "Créer un lien client".
 * @csspart new-link - The new link's address, shown once.
 * @csspart link-form - The new link's options: the pieces it asks for (those still to collect), its days, an optional file limit.
 * @csspart link-submit - "Créer le lien".
 * @csspart waive-form - The waiver reason form.
 * @csspart drop-zone - The general drop zone.
 * @csspart indexer-button - "Classer les documents (n)".
 * @csspart indexer - The section holding `<dossier-indexer>`.
 * @csspart empty - "Aucune pièce attendue pour ce type de contrat".
 *
 * @cssproperty --dossier-tracker-padding - Padding of the panel.
 * @cssproperty --dossier-tracker-piece-bg - Background of a piece.
 * @cssproperty --dossier-tracker-missing - Edge colour of missing and expired required pieces.
 * @cssproperty --dossier-tracker-optional - Edge colour of missing and expired optional pieces.
 * @cssproperty --dossier-tracker-obtained - Edge colour of obtained pieces.
 * @cssproperty --dossier-tracker-archived - Edge colour of archived pieces.
 * @cssproperty --dossier-tracker-waived - Edge colour of waived pieces.
 */
export class DossierTracker extends DossierElement {
  static override dependencies = { 'dossier-drop-zone': DossierDropZone, 'dossier-indexer': DossierIndexer };
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-tracker.view.js'));

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /**
   * Names the host's pipeline stage (`Dossier.stage`, the host's own words) in the UI locale;
   * when unset, the provider's, else the stage as stored.
   */
  @property({ attribute: false }) stageLabel?: StageLabel;

  @consume({ context: dossierStageLabelContext, subscribe: true })
  @state()
  protected contextStageLabel?: StageLabel;

  /** Whether the indexer is shown. */
  @state() protected indexerOpen = false;
  /** The piece whose waiver form is open. */
  @state() protected waiving: string | null = null;
  @state() protected waiveReason = '';
  @state() protected waiveError: string | null = null;
  /** Failures of an action, shown on the piece it concerns. */
  @state() protected pieceErrors: ReadonlyMap<string, string> = new Map();
  @state() protected busy: ReadonlySet<string> = new Set();
  @state() protected announcement = '';
  /** The piece whose actions menu is open. */
  @state() protected menuFor: string | null = null;
  /** Pieces whose documents are listed. */
  @state() protected expanded: ReadonlySet<string> = new Set();
  /** Pieces that had a document waiting for review: listed by default. */
  protected shownForReview = new Set<string>();
  /** The piece files are dragged over. */
  @state() protected dragPiece: string | null = null;
  protected dragDepth = 0;
  /** The address of the link just created: shown once, never again. */
  @state() protected createdLink: string | null = null;
  @state() protected linkError: string | null = null;
  /** The options of the link being made ("Créer un lien client"), while its form is open. */
  @state() protected linkForm: LinkForm | null = null;

  /** "Accepter" and "Refuser" of documents waiting for review, and the refusal form open. */
  protected readonly review = new DocumentReviewController(this, {
    dossierId: () => this.dossierId,
    emit: (name, detail, options) => this.emit(name, detail, options),
    errorText: (error) => this.errorText(error),
    texts: () => {
      const t = this.reviewTexts();
      return { reasonRequired: t.rejectReasonRequired, noteRequired: t.rejectNoteRequired };
    },
    reasonSelect: () => this.shadowRoot?.querySelector<HTMLElement>('[part~="reject-form"] select'),
    isBusy: (document) => this.busy.has(document.pieceId ?? ''),
    setBusy: (document, busy) => this.setBusy(document.pieceId ?? '', busy),
    acceptError: (document, message) => this.setPieceError(document.pieceId ?? '', message),
    accepted: (document) => (this.announcement = this.reviewTexts().acceptedOne(document.originalName)),
    rejected: (document) => (this.announcement = this.reviewTexts().rejectedOne(document.originalName)),
  });

  protected readonly data: DossierQueryController<TrackerData> = new DossierQueryController<TrackerData>(this, {
    key: () => this.dossierId,
    load: async (client) => {
      const dossier = await client.dossiers.get(this.dossierId);
      const [riskType, documents, completeness, links, plan] = await Promise.all([
        client.riskTypes.get(dossier.riskTypeId).catch(() => null),
        client.documents.list(dossier.id),
        client.completeness(dossier.id),
        client.uploadLinks.list(dossier.id),
        client.reminders.plan(dossier.id).catch(() => null),
      ]);
      return { dossier, riskType, documents, completeness, links, plan };
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
      this.menuFor = null;
      this.expanded = new Set();
      this.shownForReview = new Set();
    }
  }

  /** The review controller's texts in the active locale (French by default). */
  private reviewTexts(): typeof trackerReviewFr {
    return elementMessagesOf(this.activeLocale)?.tracker ?? trackerReviewFr;
  }

  protected setBusy(pieceId: string, busy: boolean): void {
    const next = new Set(this.busy);
    if (busy) next.add(pieceId);
    else next.delete(pieceId);
    this.busy = next;
  }

  protected setPieceError(pieceId: string, message: string | undefined): void {
    if (message === undefined && !this.pieceErrors.has(pieceId)) return;
    const next = new Map(this.pieceErrors);
    if (message === undefined) next.delete(pieceId);
    else next.set(pieceId, message);
    this.pieceErrors = next;
  }
}
