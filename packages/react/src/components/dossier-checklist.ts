import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierChecklist as DossierChecklistElement,
  type DossierDocumentAcceptRequestEvent,
  type DossierDocumentAcceptedEvent,
  type DossierDocumentRejectRequestEvent,
  type DossierDocumentRejectedByReviewEvent,
  type DossierDocumentAddRequestEvent,
  type DossierDocumentAddedEvent,
  type DossierDocumentRejectedEvent,
} from '@dossier/elements';
// Registers <dossier-checklist> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/checklist';

/**
 * `<dossier-checklist>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. What a dossier has and still lacks, at a glance: obtained, archived, remaining, waived and not required.
 */
export const DossierChecklist = createComponent({
  react: React,
  tagName: 'dossier-checklist',
  elementClass: DossierChecklistElement,
  events: {
    onDocumentAddRequest: 'dossier-document-add-request' as EventName<DossierDocumentAddRequestEvent>,
    onDocumentAdded: 'dossier-document-added' as EventName<DossierDocumentAddedEvent>,
    onDocumentRejected: 'dossier-document-rejected' as EventName<DossierDocumentRejectedEvent>,
    onDocumentAcceptRequest: 'dossier-document-accept-request' as EventName<DossierDocumentAcceptRequestEvent>,
    onDocumentAccepted: 'dossier-document-accepted' as EventName<DossierDocumentAcceptedEvent>,
    onDocumentRejectRequest: 'dossier-document-reject-request' as EventName<DossierDocumentRejectRequestEvent>,
    onDocumentRejectedByReview: 'dossier-document-rejected-by-review' as EventName<DossierDocumentRejectedByReviewEvent>,
  },
  displayName: 'DossierChecklist',
});
