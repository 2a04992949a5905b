import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierNewPieceForm as DossierNewPieceFormElement,
  type DossierPieceAddRequestEvent,
  type DossierPieceAddedEvent,
} from '@dossier/elements';
// Registers <dossier-new-piece-form> when this module loads, before React renders it.
import '@dossier/elements/define/new-piece-form';

/**
 * `<dossier-new-piece-form>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `piece` objects arrive intact) and its events are
 * camelCase `on…` props. "Ajouter une pièce": a button that opens the "Nouvelle pièce" field, and adds the piece typed there to a risk type through the client.
 */
export const DossierNewPieceForm = createComponent({
  react: React,
  tagName: 'dossier-new-piece-form',
  elementClass: DossierNewPieceFormElement,
  events: {
    onPieceAddRequest: 'dossier-piece-add-request' as EventName<DossierPieceAddRequestEvent>,
    onPieceAdded: 'dossier-piece-added' as EventName<DossierPieceAddedEvent>,
  },
  displayName: 'DossierNewPieceForm',
});
