// `npm run test:built:pdf` (after `npm run build`): the script-tag bundles' PDF previews, in their own
// headless Chromium driven by playwright-core rather than inside web-test-runner (pdf.js's worker
// once took the runner's browser down with it). Each bundle, the classic script and the ES module, is
// served from packages/elements/dist as a host copies it, under the strict policy with Trusted
// Types enforced; the indexer must draw the first page of a PDF (its red band seen in the canvas's
// pixels), load pdf.js and its worker from beside the bundle, give a damaged PDF its icon and
// "Aperçu indisponible", and the page must report no policy violation nor error. The same for the
// package's modules as a host's bundler takes them (esbuild, pdf.js's dist/pdf/pdfjs.js split off).
// Prints a line per step and `N passed, M failed, K skipped`.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../bench/chromium.mjs';
import { createStepRunner } from '../e2e/support/step-runner.mjs';
import { waitUntil } from '../e2e/support/wait-until.mjs';
import { TRUSTED_TYPES_CSP } from './support/page-policies.mjs';

const TOTAL_TIMEOUT_MS = 2 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`\nPDF preview test: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** A one-page A4 PDF drawn with vector operators: a red band across the top, lines of "text" under it. */
function bandedPdf() {
  const lines = Array.from({ length: 30 }, (_, i) => `0.2 0.2 0.2 rg 60 ${680 - i * 20} ${200 + ((i * 37) % 250)} 6 re f`).join('\n');
  const content = `1 0 0 rg 0 742 595 100 re f\n${lines}\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
  ];
  let body = '%PDF-1.7\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Serves dist/ under /dist/, the pages and the two PDFs; HTML pages under the strict policy with Trusted Types. */
async function serve() {
  const files = new Map();
  const walk = async (folder, prefix) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, await readFile(join(folder, entry.name)));
    }
  };
  await walk(dist, '/dist/');
  for (const name of ['pdf-preview-page.js', 'pdf-preview-esm.js']) files.set(`/${name}`, await readFile(join(here, 'pdf-preview', name)));
  files.set('/host/pdf-preview-page.js', files.get('/pdf-preview-page.js'));
  // A host with a bundler: its page bundled from the packages' dist/, pdf.js split into a chunk of its own.
  const host = await build({
    entryPoints: [join(here, 'pdf-preview', 'pdf-preview-host.js')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: '/host',
    write: false,
    // The shared page script stays a file of its own, served beside the host's chunks too.
    external: ['./pdf-preview-page.js'],
    logLevel: 'silent',
  });
  for (const file of host.outputFiles) files.set(file.path, Buffer.from(file.contents));
  const hostPdfjs = host.outputFiles.filter((file) => file.text.includes('GlobalWorkerOptions')).map((file) => file.path);
  if (hostPdfjs.length !== 1 || hostPdfjs[0] === '/host/pdf-preview-host.js')
    throw new Error(`the host's bundle should hold pdf.js in one chunk of its own: ${hostPdfjs.join(', ') || 'none'}`);
  files.set('/record-violations.js', await readFile(join(here, 'pages', 'record-violations.js')));
  files.set('/scan.pdf', bandedPdf());
  // Passes Dossier's checks on a PDF (header, an object, startxref, %%EOF) but has no page to draw.
  files.set('/abime.pdf', Buffer.from('%PDF-1.4\n% abime\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n'));
  const head = '<meta charset="utf-8" /><script src="/record-violations.js"></script>';
  files.set(
    '/iife.html',
    Buffer.from(
      `<!doctype html><html lang="fr"><head>${head}<script src="/dist/dossier.bundle.iife.js"></script><script type="module" src="/pdf-preview-page.js"></script></head><body></body></html>`,
    ),
  );
  files.set(
    '/host.html',
    Buffer.from(
      `<!doctype html><html lang="fr"><head>${head}<script type="module" src="/host/pdf-preview-host.js"></script></head><body></body></html>`,
    ),
  );
  files.set(
    '/esm.html',
    Buffer.from(
      `<!doctype html><html lang="fr"><head>${head}<script type="module" src="/pdf-preview-esm.js"></script></head><body></body></html>`,
    ),
  );
  files.set('/favicon.ico', Buffer.alloc(0));
  const requested = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    const body = files.get(path);
    if (!body) return void response.writeHead(404).end('not found');
    const type = path.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : /\.m?js$/.test(path)
        ? 'text/javascript; charset=utf-8'
        : path.endsWith('.pdf')
          ? 'application/pdf'
          : 'application/octet-stream';
    response
      .writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(path.endsWith('.html') ? { 'content-security-policy': TRUSTED_TYPES_CSP } : {}),
      })
      .end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requested,
    pdfjsFiles: ['/dist/dossier.bundle.pdfjs.js', hostPdfjs[0]],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const site = await serve();
const browser = await launchChromium();
const runner = createStepRunner();

for (const [bundle, page] of [
  ['classic-script bundle (dossier.bundle.iife.js)', 'iife.html'],
  ['ES module bundle (dossier.bundle.js)', 'esm.html'],
  ['package modules bundled by a host (esbuild, dist/pdf/pdfjs.js as a chunk, setPdfWorkerUrl)', 'host.html'],
]) {
  runner.step(
    `${bundle}: the first page of a PDF drawn, a damaged one keeps its icon, strict CSP with Trusted Types, no violation`,
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      try {
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
        tab.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
        });
        site.requested.length = 0;
        await tab.goto(`${site.url}/${page}`);
        await tab.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: 20_000 });
        const state = () =>
          tab.evaluate(() => {
            const indexer = document.querySelector('dossier-indexer');
            const row = (name) =>
              [...(indexer?.shadowRoot?.querySelectorAll('[part~="document"]') ?? [])].find(
                (r) => r.querySelector('[part~="name"]')?.textContent === name,
              );
            const canvas = row('scan.pdf')?.querySelector('[part~="preview"] canvas');
            let top;
            if (canvas) {
              const rows = Math.max(1, Math.floor(canvas.height * 0.05));
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, rows);
              const sum = [0, 0, 0];
              for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c += 1) sum[c] += data[i + c];
              top = sum.map((value) => Math.round(value / (data.length / 4)));
            }
            const damaged = row('abime.pdf');
            return {
              drawn: Boolean(canvas),
              top,
              damagedIcon: Boolean(damaged?.querySelector('[part~="preview"] svg')),
              damagedMessage: damaged?.querySelector('[part~="preview-error"]')?.textContent?.trim(),
              violations: window.policyViolations ?? [],
            };
          });
        const seen = await waitUntil(
          state,
          (s) => s.drawn && s.damagedMessage !== undefined,
          'the PDF drawn and the damaged one’s message',
          30_000,
        );
        if (!seen.top || seen.top[0] < 180 || seen.top[1] > 90 || seen.top[2] > 90)
          throw new Error(`the top of the preview is not the page's red band: rgb(${seen.top})`);
        if (!seen.damagedIcon || !seen.damagedMessage.startsWith('Aperçu indisponible'))
          throw new Error(`the damaged PDF: icon ${seen.damagedIcon}, message ${seen.damagedMessage}`);
        if (seen.violations.length > 0) throw new Error(`policy violations:\n${seen.violations.join('\n')}`);
        // pdf.js loaded on demand from its own file (the bundle's chunk, or the host's), and its worker.
        const pdfjs = site.requested.filter((path) => site.pdfjsFiles.includes(path));
        if (!site.requested.includes('/dist/pdf.worker.min.mjs') || pdfjs.length === 0)
          throw new Error(`pdf.js or its worker not loaded: ${site.requested.join(', ')}`);
        if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
      } finally {
        await context.close();
      }
    },
  );
}

let results;
try {
  results = await runner.run();
} finally {
  await browser.close();
  await site.close();
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exitCode = results.failed > 0 ? 1 : 0;
