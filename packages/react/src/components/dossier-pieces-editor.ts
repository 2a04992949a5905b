import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierPiecesEditor as DossierPiecesEditorElement,
  type DossierPieceAddRequestEvent,
  type DossierPieceAddedEvent,
  type DossierPieceRemoveRequestEvent,
  type DossierPieceRemovedEvent,
  type DossierPieceUpdatedEvent,
  type DossierPiecesReorderedEvent,
  type DossierRiskTypeSelectEvent,
} from '@dossier/elements';
// Registers <dossier-pieces-editor> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/pieces-editor';

/**
 * `<dossier-pieces-editor>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The catalogue's contract types and, for the selected one, its expected pieces ("pièces attendues"): add, rename, reorder, remove, and set each piece's requirement, accepted kinds, size limit and validity.
 */
export const DossierPiecesEditor = createComponent({
  react: React,
  tagName: 'dossier-pieces-editor',
  elementClass: DossierPiecesEditorElement,
  events: {
    onRiskTypeSelect: 'dossier-risk-type-select' as EventName<DossierRiskTypeSelectEvent>,
    onPieceAddRequest: 'dossier-piece-add-request' as EventName<DossierPieceAddRequestEvent>,
    onPieceAdded: 'dossier-piece-added' as EventName<DossierPieceAddedEvent>,
    onPieceUpdated: 'dossier-piece-updated' as EventName<DossierPieceUpdatedEvent>,
    onPieceRemoveRequest: 'dossier-piece-remove-request' as EventName<DossierPieceRemoveRequestEvent>,
    onPieceRemoved: 'dossier-piece-removed' as EventName<DossierPieceRemovedEvent>,
    onPiecesReordered: 'dossier-pieces-reordered' as EventName<DossierPiecesReorderedEvent>,
  },
  displayName: 'DossierPiecesEditor',
});
