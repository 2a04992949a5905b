// Every element in every state, under whatever policy the page was served with. The parent test
// reads `window.galleryResult` once it is set.
import type { BuiltInLocale } from '@dossier/core';

/** What the parent test reads. */
export interface GalleryResult {
  readonly violations: readonly string[];
  readonly error?: string;
}

declare global {
  interface Window {
    galleryResult?: GalleryResult;
  }
}

const violations: string[] = [];
// Registered before any Dossier module runs, so nothing they do can go unseen.
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${describe(event.composedPath()[0])}`);
});

/** Where a violation happened: the element and the Dossier elements around it. */
function describe(target: EventTarget | undefined): string {
  const path: string[] = [];
  let node = target instanceof Node ? target : null;
  while (node) {
    if (node instanceof Element) path.unshift(node.localName + (node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return path.filter((step, index) => step.startsWith('dossier-') || index === path.length - 1).join(' > ') || 'document';
}

const params = new URLSearchParams(location.search);
const locale = (params.get('locale') ?? 'fr') as BuiltInLocale;
try {
  await import('@dossier/elements/define');
  const { mountGallery } = await import('../support/element-gallery.js');
  await mountGallery(document.getElementById('root')!, { locale });
  window.galleryResult = { violations };
} catch (error) {
  window.galleryResult = { violations, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
}
