// A frame (same origin, its own realm) that loads its own copy of the built elements and core, as
// a CRM's iframe widget would. The parent test hands it its client and drives it.
import type * as Core from '@dossier/core';

declare global {
  interface Window {
    /** This frame's own copy of @dossier/core. */
    frameCore?: typeof Core;
    /** Set once the elements are defined in this frame. */
    frameReady?: boolean;
  }
}

await import('@dossier/elements/define');
// `define` registers the larger elements from chunks loaded right after it.
await Promise.all(
  ['dossier-tracker', 'dossier-indexer', 'dossier-pieces-editor', 'dossier-audit', 'dossier-reminder', 'dossier-portal'].map((tag) =>
    customElements.whenDefined(tag),
  ),
);
window.frameCore = await import('@dossier/core');
window.frameReady = true;
