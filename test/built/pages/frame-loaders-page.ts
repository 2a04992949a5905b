// A fresh realm and custom-element registry per frame: the parent test decides which built entry
// points load, and in what order (nothing is imported until it asks).

/** The entry points a host may import, each loaded on demand. */
export const dossierLoaders = {
  root: () => import('@dossier/elements'),
  define: () => import('@dossier/elements/define'),
  defineOnDemand: () => import('@dossier/elements/define-on-demand'),
  defineBadge: () => import('@dossier/elements/define/badge'),
  defineProvider: () => import('@dossier/elements/define/provider'),
  defineTracker: () => import('@dossier/elements/define/tracker'),
  core: () => import('@dossier/core'),
};

declare global {
  interface Window {
    dossierLoaders?: typeof dossierLoaders;
  }
}

window.dossierLoaders = dossierLoaders;
