import { createComponent } from '@lit/react';
import * as React from 'react';
import { DossierProvider as DossierProviderElement } from '@dossier/elements';
// Registers <dossier-provider> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/provider';

/**
 * `<dossier-provider>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. Provides a Dossier client and a locale to every Dossier element inside it.
 */
export const DossierProvider = createComponent({
  react: React,
  tagName: 'dossier-provider',
  elementClass: DossierProviderElement,
  displayName: 'DossierProvider',
});
