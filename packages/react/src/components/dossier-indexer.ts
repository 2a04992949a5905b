import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierIndexer as DossierIndexerElement,
  type DossierDocumentAcceptRequestEvent,
  type DossierDocumentAcceptedEvent,
  type DossierDocumentRejectRequestEvent,
  type DossierDocumentRejectedByReviewEvent,
  type DossierDocumentClassifiedEvent,
  type DossierDocumentRemoveRequestEvent,
  type DossierDocumentRemovedEvent,
} from '@dossier/elements';
// Registers <dossier-indexer> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/indexer';

/**
 * `<dossier-indexer>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The document indexing window: classify each collected file of a dossier to an expected piece.
 */
export const DossierIndexer = createComponent({
  react: React,
  tagName: 'dossier-indexer',
  elementClass: DossierIndexerElement,
  events: {
    onDocumentClassified: 'dossier-document-classified' as EventName<DossierDocumentClassifiedEvent>,
    onDocumentRemoveRequest: 'dossier-document-remove-request' as EventName<DossierDocumentRemoveRequestEvent>,
    onDocumentRemoved: 'dossier-document-removed' as EventName<DossierDocumentRemovedEvent>,
    onDocumentAcceptRequest: 'dossier-document-accept-request' as EventName<DossierDocumentAcceptRequestEvent>,
    onDocumentAccepted: 'dossier-document-accepted' as EventName<DossierDocumentAcceptedEvent>,
    onDocumentRejectRequest: 'dossier-document-reject-request' as EventName<DossierDocumentRejectRequestEvent>,
    onDocumentRejectedByReview: 'dossier-document-rejected-by-review' as EventName<DossierDocumentRejectedByReviewEvent>,
  },
  displayName: 'DossierIndexer',
});
