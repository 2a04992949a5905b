import { property, query, state } from 'lit/decorators.js';
import type { PieceStatus } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { DocumentReviewController } from '../../controllers/document-review-controller.js';
import { elementMessagesOf } from '../../i18n/locale-registry.js';
import { DossierDropZone } from '../drop-zone/dossier-drop-zone.component.js';
import type { ChecklistData } from './checklist-data.js';
import type { ChecklistGroup } from './checklist-group.js';
import { reasonRequiredFr } from './reason-required.fr.js';

/** The group a piece belongs to. */
function groupOf(piece: PieceStatus): ChecklistGroup {
  // A document waiting for the broker's review does not count yet: the piece is still to collect.
  if (piece.status === 'missing' || piece.status === 'expired' || piece.status === 'pending-review')
    return piece.required ? 'remaining' : 'not-required';
  return piece.status;
}

/**
 * @tagname dossier-checklist
 * @summary What a dossier has and still lacks, at a glance: obtained, archived, remaining, waived and not required.
 *
 * Each expected piece is listed in its group with its label, its status in
 * words and the names of its documents. A piece still to collect has an
 * "Ajouter document" button that opens the file picker for that piece; an
 * embedded `<dossier-drop-zone>` takes any other file. Reloads only when its
 * own dossier changes.
 *
 * @fires {DossierDocumentAddRequestEvent} dossier-document-add-request - From the embedded drop zone (cancelable).
 * @fires {DossierDocumentAddedEvent} dossier-document-added - From the embedded drop zone.
 * @fires {DossierDocumentRejectedEvent} dossier-document-rejected - From the embedded drop zone.
 * @fires {DossierDocumentAcceptRequestEvent} dossier-document-accept-request - "Accepter" on a document waiting for review (cancelable). Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentAcceptedEvent} dossier-document-accepted - A document waiting for review was accepted. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectRequestEvent} dossier-document-reject-request - "Refuser" confirmed with a common reason (cancelable). Detail: `{ dossierId, document, rejection }`.
 * @fires {DossierDocumentRejectedByReviewEvent} dossier-document-rejected-by-review - A document waiting for review was refused. Detail: `{ dossierId, document }`.
 *
 * @csspart base - The wrapper.
 * @csspart summary - The counts of every group.
 * @csspart group - A group's section; also `group-remaining`, `group-obtained`, `group-archived`, `group-waived`, `group-not-required`, `group-unclassified`.
 * @csspart group-title - A group's heading.
 * @csspart group-count - The number in a group's heading.
 * @csspart piece - One expected piece; also `piece-missing`, `piece-expired`, `piece-obtained`, `piece-archived`, `piece-waived`.
 * @csspart piece-label - A piece's label.
 * @csspart piece-status - A piece's status in words.
 * @csspart documents - The list of a piece's documents.
 * @csspart document - A document's name.
 * @csspart add - A piece's "Ajouter document" button.
 * @csspart review - A document's review state, when it waits or was refused; also `review-pending`, `review-rejected`.
 * @csspart accept - "Accepter" on a document waiting for review.
 * @csspart reject - "Refuser" on a document waiting for review (a common reason is then picked; free text is in the tracker).
 * @csspart reject-form - The reason to pick, "Confirmer le refus", "Annuler".
 * @csspart reject-submit - "Confirmer le refus".
 * @csspart empty - The text shown when the risk type expects no piece.
 * @csspart drop-zone - The embedded `<dossier-drop-zone>`.
 *
 * @cssproperty --dossier-checklist-remaining - Accent of the "to collect" group (default: the danger token).
 * @cssproperty --dossier-checklist-done - Accent of the obtained and archived groups (default: the success token).
 * @cssproperty --dossier-checklist-neutral - Accent of the waived and not-required groups (default: the muted token).
 */
export class DossierChecklist extends DossierElement {
  static override dependencies = { 'dossier-drop-zone': DossierDropZone };
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-checklist.view.js'));

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  @query('dossier-drop-zone') private dropZone?: DossierDropZone;

  @state() protected reviewError: string | null = null;

  /** "Accepter" and "Refuser" of documents waiting for review, and the refusal being written. */
  protected readonly review = new DocumentReviewController(this, {
    dossierId: () => this.dossierId,
    emit: (name, detail, options) => this.emit(name, detail, options),
    errorText: (error) => this.errorText(error),
    texts: () => ({ reasonRequired: elementMessagesOf(this.activeLocale)?.checklist.review.reasonRequired ?? reasonRequiredFr }),
    reasonSelect: () => this.renderRoot.querySelector<HTMLSelectElement>('[part~="reject-form"] select'),
    acceptError: (_document, message) => (this.reviewError = message ?? null),
  });

  protected readonly data = new DossierQueryController<ChecklistData>(this, {
    key: () => this.dossierId,
    load: async (client) => {
      const [completeness, dossier, documents] = await Promise.all([
        client.completeness(this.dossierId),
        client.dossiers.get(this.dossierId),
        client.documents.list(this.dossierId),
      ]);
      return { completeness, dossier, documents: new Map(documents.map((d) => [d.id, d])) };
    },
    affectedBy: (event) => event.dossierIds.includes(this.dossierId),
  });

  /** Pieces per group, in piece order; empty until loaded. */
  get groups(): Readonly<Record<ChecklistGroup, readonly PieceStatus[]>> {
    const groups: Record<ChecklistGroup, PieceStatus[]> = { remaining: [], obtained: [], archived: [], waived: [], 'not-required': [] };
    for (const piece of this.data.value?.completeness.pieces ?? []) groups[groupOf(piece)].push(piece);
    return groups;
  }

  /** Opens the file picker of the embedded drop zone; with `pieceId`, the picked files go to that piece. */
  openPicker(pieceId?: string | null): void {
    this.dropZone?.openPicker(pieceId === undefined ? undefined : { pieceId });
  }

  /** Loads again now. */
  reload(): Promise<void> {
    return this.data.reload();
  }
}
