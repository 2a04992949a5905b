import { createComponent } from '@lit/react';
import * as React from 'react';
import { DossierPortal as DossierPortalElement } from '@dossier/elements';
// Registers <dossier-portal> when this module loads, before React renders it.
import '@dossier/elements/define/portal';

/**
 * `<dossier-portal>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so the `connection` object arrives intact). The client's page behind a secure upload link:
 * the requested pieces, a file picker per piece, progress, refusals, a summary.
 */
export const DossierPortal = createComponent({
  react: React,
  tagName: 'dossier-portal',
  elementClass: DossierPortalElement,
  events: {},
  displayName: 'DossierPortal',
});
