import type { DossierAuditOpenEvent } from './dossier-audit-open-event.js';
import type { DossierBadgeToggleEvent } from './dossier-badge-toggle-event.js';
import type { DossierDocumentAcceptRequestEvent } from './dossier-document-accept-request-event.js';
import type { DossierDocumentAcceptedEvent } from './dossier-document-accepted-event.js';
import type { DossierDocumentAddRequestEvent } from './dossier-document-add-request-event.js';
import type { DossierDocumentAddedEvent } from './dossier-document-added-event.js';
import type { DossierDocumentArchivedEvent } from './dossier-document-archived-event.js';
import type { DossierDocumentClassifiedEvent } from './dossier-document-classified-event.js';
import type { DossierDocumentRejectRequestEvent } from './dossier-document-reject-request-event.js';
import type { DossierDocumentRejectedByReviewEvent } from './dossier-document-rejected-by-review-event.js';
import type { DossierDocumentRejectedEvent } from './dossier-document-rejected-event.js';
import type { DossierDocumentRemoveRequestEvent } from './dossier-document-remove-request-event.js';
import type { DossierDocumentRemovedEvent } from './dossier-document-removed-event.js';
import type { DossierPieceAddRequestEvent } from './dossier-piece-add-request-event.js';
import type { DossierPieceAddedEvent } from './dossier-piece-added-event.js';
import type { DossierPieceOptionsCloseEvent } from './dossier-piece-options-close-event.js';
import type { DossierPieceRemoveRequestEvent } from './dossier-piece-remove-request-event.js';
import type { DossierPieceRemovedEvent } from './dossier-piece-removed-event.js';
import type { DossierPieceUnwaivedEvent } from './dossier-piece-unwaived-event.js';
import type { DossierPieceUpdatedEvent } from './dossier-piece-updated-event.js';
import type { DossierPieceWaivedEvent } from './dossier-piece-waived-event.js';
import type { DossierPiecesReorderedEvent } from './dossier-pieces-reordered-event.js';
import type { DossierReminderSendEvent } from './dossier-reminder-send-event.js';
import type { DossierReminderSentEvent } from './dossier-reminder-sent-event.js';
import type { DossierRiskTypeSelectEvent } from './dossier-risk-type-select-event.js';

/**
 * Every `dossier-*` event by name, with its typed `detail`. Merged into `HTMLElementEventMap`,
 * `DocumentEventMap`, `WindowEventMap` and `ShadowRootEventMap`, since the events bubble and are
 * composed: `document.addEventListener('dossier-document-added', (e) => e.detail.document)` is typed,
 * as is a listener on any element, shadow root or the window.
 */
export interface DossierEventMap {
  /** A client or contract of the audit was clicked: the host opens that dossier. */
  'dossier-audit-open': DossierAuditOpenEvent;
  /** The badge's checklist popover opened or closed. */
  'dossier-badge-toggle': DossierBadgeToggleEvent;
  /** A document waiting for review is about to be accepted; cancel to leave it waiting. */
  'dossier-document-accept-request': DossierDocumentAcceptRequestEvent;
  /** A document waiting for review was accepted. */
  'dossier-document-accepted': DossierDocumentAcceptedEvent;
  /** A document waiting for review is about to be refused, with a reason; cancel to leave it waiting. */
  'dossier-document-reject-request': DossierDocumentRejectRequestEvent;
  /** A document waiting for review was refused by the broker (kept in the history with its reason). */
  'dossier-document-rejected-by-review': DossierDocumentRejectedByReviewEvent;
  /** A file is about to be stored; cancel to skip it. */
  'dossier-document-add-request': DossierDocumentAddRequestEvent;
  /** A document was stored in a dossier. */
  'dossier-document-added': DossierDocumentAddedEvent;
  /** A document was archived. */
  'dossier-document-archived': DossierDocumentArchivedEvent;
  /** A document was classified to an expected piece (or set back to unclassified). */
  'dossier-document-classified': DossierDocumentClassifiedEvent;
  /** A file was refused (wrong kind, empty, too large, duplicate, storage failure…). */
  'dossier-document-rejected': DossierDocumentRejectedEvent;
  /** A document is about to be removed; cancel to keep it. */
  'dossier-document-remove-request': DossierDocumentRemoveRequestEvent;
  /** A document was removed from a dossier. */
  'dossier-document-removed': DossierDocumentRemovedEvent;
  /** An expected piece is about to be added; cancel to add nothing. */
  'dossier-piece-add-request': DossierPieceAddRequestEvent;
  /** An expected piece was added. */
  'dossier-piece-added': DossierPieceAddedEvent;
  /** The person is done with a piece's options panel (cancelled, nothing changed, or saved). */
  'dossier-piece-options-close': DossierPieceOptionsCloseEvent;
  /** An expected piece is about to be removed; cancel to keep it. */
  'dossier-piece-remove-request': DossierPieceRemoveRequestEvent;
  /** An expected piece was removed. */
  'dossier-piece-removed': DossierPieceRemovedEvent;
  /** A waiver was taken back. */
  'dossier-piece-unwaived': DossierPieceUnwaivedEvent;
  /** An expected piece was renamed or its options were saved. */
  'dossier-piece-updated': DossierPieceUpdatedEvent;
  /** An expected piece was waived. */
  'dossier-piece-waived': DossierPieceWaivedEvent;
  /** The expected pieces of a risk type were reordered. */
  'dossier-pieces-reordered': DossierPiecesReorderedEvent;
  /** A reminder is about to be sent through the element's transport (cancelable). */
  'dossier-reminder-send': DossierReminderSendEvent;
  /** A reminder was sent through the transport and recorded in the dossier's history. */
  'dossier-reminder-sent': DossierReminderSentEvent;
  /** A risk type of the catalogue was selected. */
  'dossier-risk-type-select': DossierRiskTypeSelectEvent;
}

declare global {
  interface HTMLElementEventMap extends DossierEventMap {}
  interface DocumentEventMap extends DossierEventMap {}
  interface WindowEventMap extends DossierEventMap {}
  interface ShadowRootEventMap extends DossierEventMap {}
}
