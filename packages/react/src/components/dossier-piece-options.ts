import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierPieceOptions as DossierPieceOptionsElement,
  type DossierPieceOptionsCloseEvent,
  type DossierPieceUpdatedEvent,
} from '@dossier/elements';
// Registers <dossier-piece-options> when this module loads, before React renders it.
import '@dossier/elements/define/piece-options';

/**
 * `<dossier-piece-options>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `piece` objects arrive intact) and its events are
 * camelCase `on…` props. The options of one expected piece: its requirement, the kinds of files it accepts, its size limit and its validity; saved through the client.
 */
export const DossierPieceOptions = createComponent({
  react: React,
  tagName: 'dossier-piece-options',
  elementClass: DossierPieceOptionsElement,
  events: {
    onPieceUpdated: 'dossier-piece-updated' as EventName<DossierPieceUpdatedEvent>,
    onPieceOptionsClose: 'dossier-piece-options-close' as EventName<DossierPieceOptionsCloseEvent>,
  },
  displayName: 'DossierPieceOptions',
});
