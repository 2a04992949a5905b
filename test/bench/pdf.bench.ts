// PDF preview benchmark, in headless Chromium: the indexer draws the first page of a 30-page,
// 10 MB scan (generated here, never committed: one JPEG photo of paper a page, as scanners write
// them). pdf.js's worker is served beside the page (run.mjs), where the default URL finds it.
import { createDossierClient, createMemoryStorage } from '@dossier/core';
import '../../packages/elements/src/components/indexer/define.js';
import type { DossierIndexer } from '../../packages/elements/src/components/indexer/dossier-indexer.component.js';
import { renderPdfFirstPage } from '../../packages/elements/src/pdf/render-pdf-first-page.js';
import { scanLikePdf } from '../../packages/elements/test/support/scan-like-pdf.js';
import { host, publish, time } from './bench-page.js';

const PAGES = 30;
const IMAGE_WIDTH = 1654; // A4 at 200 dpi
const QUALITY = 0.75;
const RUNS = 5;
const BOX = { width: 56, height: 56 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function indexerShowsPage(pdf: Blob): Promise<number> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  await client.documents.add('P-1', { blob: pdf, name: 'scan.pdf' });
  return time(async () => {
    const el = document.createElement('dossier-indexer') as DossierIndexer;
    el.client = client;
    el.dossierId = 'P-1';
    document.body.append(el);
    while (!el.shadowRoot?.querySelector('[part~="preview"] canvas')) {
      if (el.shadowRoot?.querySelector('[part~="preview-error"]')) throw new Error('the preview failed');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    el.remove();
  });
}

publish(async () => {
  await host.benchLog(`building a ${PAGES}-page scan-like PDF…`);
  const pdf = await scanLikePdf({ pages: PAGES, imageWidth: IMAGE_WIDTH, quality: QUALITY });
  await host.benchLog(`${(pdf.size / 1024 / 1024).toFixed(1)} MB; drawing its first page…`);
  const coldMs = await time(() => renderPdfFirstPage(pdf, BOX));
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run += 1) warm.push(await time(() => renderPdfFirstPage(pdf, BOX)));
  const indexer: number[] = [];
  for (let run = 0; run < RUNS; run += 1) indexer.push(await indexerShowsPage(pdf));
  return {
    pages: PAGES,
    sizeBytes: pdf.size,
    imageWidth: IMAGE_WIDTH,
    imageHeight: Math.round((IMAGE_WIDTH * 842) / 595),
    coldMs,
    warmMs: median(warm),
    indexerMs: median(indexer),
  };
});
