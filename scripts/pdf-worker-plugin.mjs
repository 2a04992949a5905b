// A Rollup plugin for @dossier/elements: ships pdf.js's worker (pdfjs-dist/build/pdf.worker.min.mjs)
// as dist/pdf.worker.min.mjs, beside the bundles, and points the default worker URL of the PDF
// previews (packages/elements/src/pdf/pdf-worker-url.ts) at it, relative to each output file, so
// that a host serving dist/ as it is has nothing to configure. In sources (tests, Storybook), the
// same literal resolves beside the module and the dev servers serve the file there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LITERAL = "new URL('./pdf.worker.min.mjs', import.meta.url).href";

/** The worker pdfjs-dist ships, as bytes. */
export function pdfWorkerSource() {
  return readFileSync(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'));
}

export function pdfWorker() {
  return {
    name: 'dossier-pdf-worker',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/pdf/pdf-worker-url.ts')) return null;
      if (!code.includes(LITERAL)) this.error(`${id} no longer holds ${LITERAL}: update scripts/pdf-worker-plugin.mjs`);
      const ref = this.emitFile({ type: 'asset', fileName: 'pdf.worker.min.mjs', source: pdfWorkerSource() });
      return { code: code.replace(LITERAL, `import.meta.ROLLUP_FILE_URL_${ref}`), map: null };
    },
  };
}
