import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { DossierRiskTypeList as DossierRiskTypeListElement, type DossierRiskTypeSelectEvent } from '@dossier/elements';
// Registers <dossier-risk-type-list> when this module loads, before React renders it.
import '@dossier/elements/define/risk-type-list';

/**
 * `<dossier-risk-type-list>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `piece` objects arrive intact) and its events are
 * camelCase `on…` props. The contract types of the catalogue as a list of buttons, one of them selected: the left panel of `<dossier-pieces-editor>`.
 */
export const DossierRiskTypeList = createComponent({
  react: React,
  tagName: 'dossier-risk-type-list',
  elementClass: DossierRiskTypeListElement,
  events: {
    onRiskTypeSelect: 'dossier-risk-type-select' as EventName<DossierRiskTypeSelectEvent>,
  },
  displayName: 'DossierRiskTypeList',
});
