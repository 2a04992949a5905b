/**
 * pdf.js, by a dynamic import: loaded when the first PDF is shown. The package build bundles
 * pdfjs-dist (a build-time dependency only) into `dist/pdf/pdfjs.js`, a module of its own that
 * hosts' bundlers make a chunk; the classic-script bundle replaces this module (see
 * bundle/load-pdfjs-beside-bundle.ts). Typed as a plain object so that the declarations shipped
 * never name pdfjs-dist; render-pdf-first-page.ts reads it with pdf.js's types.
 */
export function loadPdfJsModule(): Promise<object> {
  return import('pdfjs-dist');
}
