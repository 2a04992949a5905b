import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierTracker as DossierTrackerElement,
  type DossierDocumentAcceptRequestEvent,
  type DossierDocumentAcceptedEvent,
  type DossierDocumentRejectRequestEvent,
  type DossierDocumentRejectedByReviewEvent,
  type DossierDocumentAddRequestEvent,
  type DossierDocumentAddedEvent,
  type DossierDocumentArchivedEvent,
  type DossierDocumentClassifiedEvent,
  type DossierDocumentRejectedEvent,
  type DossierDocumentRemoveRequestEvent,
  type DossierDocumentRemovedEvent,
  type DossierPieceUnwaivedEvent,
  type DossierPieceWaivedEvent,
} from '@dossier/elements';
// Registers <dossier-tracker> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/tracker';

/**
 * `<dossier-tracker>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The document tracking panel of one dossier, for the whole sale.
 */
export const DossierTracker = createComponent({
  react: React,
  tagName: 'dossier-tracker',
  elementClass: DossierTrackerElement,
  events: {
    onPieceWaived: 'dossier-piece-waived' as EventName<DossierPieceWaivedEvent>,
    onPieceUnwaived: 'dossier-piece-unwaived' as EventName<DossierPieceUnwaivedEvent>,
    onDocumentArchived: 'dossier-document-archived' as EventName<DossierDocumentArchivedEvent>,
    onDocumentAdded: 'dossier-document-added' as EventName<DossierDocumentAddedEvent>,
    onDocumentRejected: 'dossier-document-rejected' as EventName<DossierDocumentRejectedEvent>,
    onDocumentAddRequest: 'dossier-document-add-request' as EventName<DossierDocumentAddRequestEvent>,
    onDocumentClassified: 'dossier-document-classified' as EventName<DossierDocumentClassifiedEvent>,
    onDocumentRemoveRequest: 'dossier-document-remove-request' as EventName<DossierDocumentRemoveRequestEvent>,
    onDocumentRemoved: 'dossier-document-removed' as EventName<DossierDocumentRemovedEvent>,
    onDocumentAcceptRequest: 'dossier-document-accept-request' as EventName<DossierDocumentAcceptRequestEvent>,
    onDocumentAccepted: 'dossier-document-accepted' as EventName<DossierDocumentAcceptedEvent>,
    onDocumentRejectRequest: 'dossier-document-reject-request' as EventName<DossierDocumentRejectRequestEvent>,
    onDocumentRejectedByReview: 'dossier-document-rejected-by-review' as EventName<DossierDocumentRejectedByReviewEvent>,
  },
  displayName: 'DossierTracker',
});
