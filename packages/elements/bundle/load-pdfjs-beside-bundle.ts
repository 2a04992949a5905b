// Replaces src/pdf/load-pdfjs.ts in the classic-script bundle (dist/dossier.bundle.iife.js), which
// cannot hold chunks: rather than carry pdf.js (about 120 KiB gzipped) for pages that may never show
// a PDF, it imports the ES module bundle's pdf.js chunk, dist/dossier.bundle.pdfjs.js, from beside
// the script when the first PDF is shown (a classic script may `import()` a module).
// Resolved while the script runs: the classic script only knows its own address then (document.currentScript).
const besideTheScript = new URL('./dossier.bundle.pdfjs.js', import.meta.url).href;

/** pdf.js, from the chunk beside the classic-script bundle. */
export function loadPdfJsModule(): Promise<object> {
  return import(/* @vite-ignore */ besideTheScript) as Promise<object>;
}
