type PdfJs = typeof import('pdfjs-dist');

/**
 * pdf.js, by a dynamic import: bundlers make it a chunk of its own, loaded when the first PDF is
 * shown. (The classic-script bundle replaces this module: see bundle/load-pdfjs-beside-bundle.ts.)
 */
export function loadPdfJsModule(): Promise<PdfJs> {
  return import('pdfjs-dist');
}
