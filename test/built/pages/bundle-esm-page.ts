// The ES module bundle loaded as a host's own module would (`import … from '/…/dossier.bundle.js'`),
// then every element in every state rendered from it. Sets `window.galleryResult`.
import type { BuiltInLocale } from '@dossier/core';

/** Exports of the ES module bundle the gallery checks; the bundle has no declaration file. */
interface BundleModule {
  readonly createDossierClient: unknown;
  readonly createDexieStorage: unknown;
  readonly createRestStorage: unknown;
  readonly DossierBadge: CustomElementConstructor;
}

declare global {
  interface Window {
    bundleExports?: string[];
  }
}

// A plain URL, as a host writes it: no bundler resolves it.
const BUNDLE_URL = '/packages/elements/dist/dossier.bundle.js';

const locale = (new URLSearchParams(location.search).get('locale') ?? 'fr') as BuiltInLocale;
try {
  const bundle = (await import(/* @vite-ignore */ BUNDLE_URL)) as BundleModule;
  window.bundleExports = Object.keys(bundle).sort();
  if (customElements.get('dossier-badge') !== bundle.DossierBadge) throw new Error('the bundle did not register its own <dossier-badge>');
  const { mountGallery } = await import('../support/element-gallery.js');
  await mountGallery(document.getElementById('root')!, { locale });
  window.galleryResult = { violations: [] };
} catch (error) {
  window.galleryResult = { violations: [], error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
}
