import { loadPdfJsModule } from './load-pdfjs.js';
import { pdfWorkerUrl } from './pdf-worker-url.js';

type PdfJs = typeof import('pdfjs-dist');
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

let library: Promise<PdfJs> | undefined;
let worker: { url: string; worker: Promise<PdfWorker> } | undefined;

/** Past this, a preview is given up (a worker that died, a file that never ends decoding). */
const RENDER_TIMEOUT_MS = 30_000;

/** pdf.js, loaded on first use only: a page that never shows a PDF never downloads it. */
function loadPdfJs(): Promise<PdfJs> {
  // The loader's type does not name pdfjs-dist (see load-pdfjs.ts): it is pdf.js's module.
  library ??= (loadPdfJsModule() as Promise<PdfJs>).catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library;
}

/** The bits of the Trusted Types API used here (not in every TypeScript DOM library). */
interface ScriptUrlPolicy {
  /** A TrustedScriptURL, typed as the string it stands for (what the Worker constructor's type takes). */
  createScriptURL(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** The Trusted Types policy a page enforcing them must allow (`trusted-types lit-html dossier-pdf-worker`). */
const TRUSTED_TYPES_POLICY = 'dossier-pdf-worker';
let workerUrlPolicy: ScriptUrlPolicy | undefined;

/**
 * `url` as the Worker constructor takes it on a page that enforces Trusted Types: through a policy
 * that lets only the configured worker URL through. Created on the first PDF shown, so that a page
 * without PDFs needs no policy besides Lit's.
 */
function workerScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  workerUrlPolicy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (input) => {
      if (input !== pdfWorkerUrl()) throw new TypeError(`${input} is not the PDF preview worker (see setPdfWorkerUrl).`);
      return input;
    },
  });
  return workerUrlPolicy.createScriptURL(url);
}

/**
 * Starts pdf.js's worker from `url` and resolves once it has said it is ready, or rejects if it
 * cannot load. Started here rather than by pdf.js, because pdf.js falls back for good to running
 * the worker's code on the page's main thread when its worker fails once.
 */
function startWorker(url: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const started = new Worker(workerScriptUrl(url), { type: 'module', name: 'dossier-pdf-preview' });
    const done = new AbortController();
    started.addEventListener(
      'message',
      (event: MessageEvent<unknown>) => {
        const data = event.data as { action?: unknown } | null;
        if (data?.action !== 'ready') return;
        done.abort();
        resolve(started);
      },
      { signal: done.signal },
    );
    started.addEventListener(
      'error',
      () => {
        done.abort();
        started.terminate();
        reject(new Error(`The PDF preview worker could not be loaded from ${url} (see setPdfWorkerUrl).`));
      },
      { signal: done.signal },
    );
  });
}

/** One worker for every preview of the page (starting one costs more than rendering a page). */
function sharedWorker(pdfjs: PdfJs): Promise<PdfWorker> {
  const url = pdfWorkerUrl();
  if (worker?.url !== url) {
    const previous = worker;
    void previous?.worker.then(
      (old) => old.destroy(),
      () => undefined,
    );
    // pdf.js's types (written from JSDoc) say `port: null`; it takes a Worker (its documented use).
    const started = startWorker(url).then(
      (port) => new pdfjs.PDFWorker({ port } as unknown as ConstructorParameters<PdfJs['PDFWorker']>[0]),
    );
    // A worker that failed to load is tried again at the next preview (the host may have fixed its URL).
    started.catch((error: unknown) => {
      if (worker?.worker === started) worker = undefined;
      // Said once per address: otherwise every PDF just keeps its icon, and the host never learns why.
      console.warn(
        `Dossier: no PDF previews. ${error instanceof Error ? error.message : String(error)} It must be served as JavaScript from the page's origin.`,
      );
    });
    worker = { url, worker: started };
  }
  return worker.worker;
}

/** How big the preview is: CSS pixels of the square it fills. */
export interface PdfPreviewSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the first page of `pdf` into a new canvas, scaled so that the page covers a
 * `size` box (CSS pixels) at the screen's pixel ratio; the canvas's CSS size is left to the
 * caller's style sheet. Runs pdf.js in its worker, without `eval` nor inline styles, so that
 * it works under a strict Content-Security-Policy. Rejects when the file cannot be read as a
 * PDF (damaged, or protected by a password).
 */
export async function renderPdfFirstPage(pdf: Blob, size: PdfPreviewSize): Promise<HTMLCanvasElement> {
  const [pdfjs, bytes] = await Promise.all([loadPdfJs(), pdf.arrayBuffer()]);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    worker: await sharedWorker(pdfjs),
    // Strict CSP: no `new Function` for fonts; nothing fetched besides the worker.
    isEvalSupported: false,
    useWasm: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    // Scans are JPEG photos of paper: the browser's own decoder (WebCodecs' ImageDecoder, in the
    // worker) draws a 30-page 10 MB scan's first page in about 0.4 s, against 1.6 s with pdf.js's
    // (`npm run bench -- pdf`). pdf.js leaves it off in Chromium by default since Chrome 131's bugs
    // (mozilla/pdf.js#19045, #19060); a wrong thumbnail costs little here. pdf.js still uses its own
    // decoder for the JPEGs it knows the browser's cannot take (CMYK, some colour transforms).
    isImageDecoderSupported: true,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The PDF preview took too long.')), RENDER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([drawFirstPage(task, size), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

async function drawFirstPage(task: ReturnType<PdfJs['getDocument']>, size: PdfPreviewSize): Promise<HTMLCanvasElement> {
  const document = await task.promise;
  const page = await document.getPage(1);
  const unit = page.getViewport({ scale: 1 });
  const ratio = Math.min(globalThis.devicePixelRatio || 1, 3);
  // Cover the box: the narrower side fills it; the style sheet crops the rest (top of the page kept).
  const scale = Math.max(size.width / unit.width, size.height / unit.height) * ratio;
  const viewport = page.getViewport({ scale });
  const canvas = globalThis.document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(viewport.width));
  canvas.height = Math.max(1, Math.ceil(viewport.height));
  await page.render({ canvas, viewport }).promise;
  return canvas;
}
