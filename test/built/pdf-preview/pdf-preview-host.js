// The bundler host's page of test/built/pdf-preview.e2e.mjs, bundled by esbuild (splitting on) from
// the packages' dist/ as a host's bundler takes them: pdf.js (dist/pdf/pdfjs.js) becomes a chunk
// of the host's, and the host says where it serves the worker, as the README tells it to.
import '@dossier/elements/define';
import { setPdfWorkerUrl } from '@dossier/elements';
import * as core from '@dossier/core';

setPdfWorkerUrl('/dist/pdf.worker.min.mjs');
globalThis.Dossier = core;
await import('./pdf-preview-page.js');
