import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierBadge as DossierBadgeElement,
  type DossierBadgeToggleEvent,
  type DossierDocumentAddRequestEvent,
  type DossierDocumentAddedEvent,
  type DossierDocumentRejectedEvent,
} from '@dossier/elements';
// Registers <dossier-badge> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/badge';

/**
 * `<dossier-badge>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The document icon of a pipeline card, with the number of required pieces still to collect.
 */
export const DossierBadge = createComponent({
  react: React,
  tagName: 'dossier-badge',
  elementClass: DossierBadgeElement,
  events: {
    onBadgeToggle: 'dossier-badge-toggle' as EventName<DossierBadgeToggleEvent>,
    onDocumentAddRequest: 'dossier-document-add-request' as EventName<DossierDocumentAddRequestEvent>,
    onDocumentAdded: 'dossier-document-added' as EventName<DossierDocumentAddedEvent>,
    onDocumentRejected: 'dossier-document-rejected' as EventName<DossierDocumentRejectedEvent>,
  },
  displayName: 'DossierBadge',
});
