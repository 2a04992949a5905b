import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierDropZone as DossierDropZoneElement,
  type DossierDocumentAddRequestEvent,
  type DossierDocumentAddedEvent,
  type DossierDocumentRejectedEvent,
} from '@dossier/elements';
// Registers <dossier-drop-zone> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/drop-zone';

/**
 * `<dossier-drop-zone>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. Adds files to a dossier: drop them, click to pick, Enter/Space on the button, or paste.
 */
export const DossierDropZone = createComponent({
  react: React,
  tagName: 'dossier-drop-zone',
  elementClass: DossierDropZoneElement,
  events: {
    onDocumentAddRequest: 'dossier-document-add-request' as EventName<DossierDocumentAddRequestEvent>,
    onDocumentAdded: 'dossier-document-added' as EventName<DossierDocumentAddedEvent>,
    onDocumentRejected: 'dossier-document-rejected' as EventName<DossierDocumentRejectedEvent>,
  },
  displayName: 'DossierDropZone',
});
