// The ES module bundle's page: the bundle's exports as window.Dossier, then the shared page script.
import * as Dossier from '/dist/dossier.bundle.js';

globalThis.Dossier = Dossier;
await import('./pdf-preview-page.js');
