/**
 * Where the PDF previews' worker (pdf.js's `pdf.worker.min.mjs`) is served from.
 *
 * The build copies it into `dist/` beside the bundles (`@dossier/elements/dist/pdf.worker.min.mjs`),
 * and this default is resolved against the module that asks for it, so that a host serving the
 * package's `dist/` folder as it is has nothing to do. A host whose bundler moves the modules
 * (Vite, webpack) serves that file itself and says where, once, before the first PDF is shown:
 * `setPdfWorkerUrl('/assets/pdf.worker.min.mjs')`. It must be on the page's origin (a strict
 * Content-Security-Policy allows workers from `'self'` only).
 */
let configured: string | undefined;

/**
 * The file beside the bundle. The build rewrites this literal to dist/pdf.worker.min.mjs, relative
 * to each output file; computed when the module loads, because the classic-script bundle can only
 * tell where it was loaded from while it runs (`document.currentScript`).
 */
const besideTheBundle = new URL('./pdf.worker.min.mjs', import.meta.url).href;

/**
 * Sets the URL of pdf.js's worker (`pdf.worker.min.mjs`, shipped in `@dossier/elements/dist/`),
 * for the PDF previews of `<dossier-indexer>`. Call it before the first PDF is shown; `undefined`
 * restores the default (the file beside the bundle).
 *
 * @example
 * import workerUrl from '@dossier/elements/dist/pdf.worker.min.mjs?url'; // Vite
 * setPdfWorkerUrl(workerUrl);
 */
export function setPdfWorkerUrl(url: string | URL | undefined): void {
  configured = url === undefined ? undefined : new URL(String(url), document.baseURI).href;
}

/** The URL pdf.js's worker is loaded from: the one set by `setPdfWorkerUrl`, else the file beside the bundle. */
export function pdfWorkerUrl(): string {
  return configured ?? besideTheBundle;
}
