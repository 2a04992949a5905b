import { expect, fixture, html } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/provider/define.js';
import '../src/components/indexer/define.js';
import type { DossierIndexer } from '../src/components/indexer/dossier-indexer.component.js';
import { setPdfWorkerUrl } from '../src/index.js';
import { damagedPdf, scanLikePdf } from './support/scan-like-pdf.js';

async function seeded(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return client;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function until(el: DossierIndexer, done: () => boolean, what: string, tries = 500): Promise<void> {
  for (let i = 0; i < tries && !done(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(done(), what).to.equal(true);
}

const rowNamed = (el: DossierIndexer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="document"]')].find(
    (r) => r.querySelector('[part~="name"]')!.textContent === name,
  )!;

/** The average colour of the top few rows of pixels of a canvas. */
function topColour(canvas: HTMLCanvasElement): [number, number, number] {
  const rows = Math.max(1, Math.floor(canvas.height * 0.05));
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, rows);
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c += 1) sum[c]! += data[i + c]!;
  const count = data.length / 4;
  return [sum[0]! / count, sum[1]! / count, sum[2]! / count];
}

describe('dossier-indexer: PDF previews', () => {
  afterEach(() => setPdfWorkerUrl(undefined));

  it('shows the first page of a scanned PDF, drawn to the preview size, instead of the icon', async () => {
    const client = await seeded();
    // Page 1 has a red band at its top; the preview must show it.
    await client.documents.add('P-1', { blob: await scanLikePdf({ pages: 3, imageWidth: 400 }), name: 'permis.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.status === 'ready', 'loaded');
    const row = rowNamed(el, 'permis.pdf');
    await until(el, () => row.querySelector('[part~="preview"] canvas') !== null, 'the first page drawn', 1000);
    const preview = row.querySelector<HTMLElement>('[part~="preview"]')!;
    const canvas = preview.querySelector('canvas')!;
    expect(preview.querySelector('svg'), 'icon replaced').to.equal(null);
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    // Drawn at the preview's size (covering it, at the screen's pixel ratio), not at the page's.
    const box = preview.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    expect(canvas.width).to.be.within(Math.floor(box.width * ratio) - 1, Math.ceil(box.width * ratio) + 2);
    expect(canvas.height)
      .to.be.at.least(Math.floor(box.height * ratio) - 1)
      .and.below(box.height * ratio * 2);
    const shown = canvas.getBoundingClientRect();
    expect(Math.round(shown.width)).to.equal(Math.round(preview.clientWidth));
    expect(Math.round(shown.height)).to.equal(Math.round(preview.clientHeight));
    const [red, green, blue] = topColour(canvas);
    expect(red, 'red band').to.be.above(150);
    expect(green).to.be.below(90);
    expect(blue).to.be.below(90);
    expect(row.querySelector('[part~="preview-error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws a text PDF too, and each PDF of the list', async () => {
    const client = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('one'), name: 'one.pdf' });
    await client.documents.add('P-1', { blob: samplePdf('two'), name: 'two.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.shadowRoot!.querySelectorAll('[part~="preview"] canvas').length === 2, 'both pages drawn', 1000);
  });

  it('keeps the icon of a damaged PDF and says the preview is unavailable, in the page language', async () => {
    const client = await seeded();
    await client.documents.add('P-1', { blob: damagedPdf(), name: 'abime.pdf' });
    await client.documents.add('P-1', { blob: samplePdf('ok'), name: 'ok.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.status === 'ready', 'loaded');
    const row = rowNamed(el, 'abime.pdf');
    await until(el, () => row.querySelector('[part~="preview-error"]') !== null, 'the message', 1000);
    expect(row.querySelector('[part~="preview-error"]')!.textContent).to.equal('Aperçu indisponible : ce PDF est illisible');
    expect(row.querySelector('[part~="preview"] svg'), 'the PDF icon stays').to.exist;
    expect(row.querySelector('[part~="preview"] canvas')).to.equal(null);
    // The row is still usable, and the readable PDF beside it still gets its preview.
    expect(row.querySelector('select')).to.exist;
    await until(el, () => rowNamed(el, 'ok.pdf').querySelector('canvas') !== null, 'the readable one drawn', 1000);

    el.locale = 'en';
    await until(
      el,
      () => row.querySelector('[part~="preview-error"]')?.textContent === 'No preview: this PDF cannot be read',
      'in English',
    );
    await expect(el).to.be.accessible();
  });

  it('does not try to draw a PDF that needs a password: its badge says why, its icon stays, no second message', async () => {
    const client = await seeded();
    const bytes = await (await fetch('/packages/core/test/fixtures/files/qpdf-password-aes256.pdf')).blob();
    await client.documents.add('P-1', { blob: new Blob([bytes], { type: 'application/pdf' }), name: 'protege.pdf' });
    await client.documents.add('P-1', { blob: samplePdf('after'), name: 'after.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.status === 'ready', 'loaded');
    // The PDF listed after it is drawn: the protected one was skipped, not failed.
    await until(el, () => rowNamed(el, 'after.pdf').querySelector('canvas') !== null, 'the next PDF drawn', 1000);
    const row = rowNamed(el, 'protege.pdf');
    expect(row.querySelector('[part~="password-badge"]')).to.exist;
    expect(row.querySelector('[part~="preview"] svg')).to.exist;
    expect(row.querySelector('[part~="preview-error"]')).to.equal(null);
  });

  it('falls back to the icon with the message when the worker cannot be loaded', async () => {
    setPdfWorkerUrl('/no-such-worker.mjs');
    const client = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('w'), name: 'w.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.status === 'ready', 'loaded');
    const row = rowNamed(el, 'w.pdf');
    await until(el, () => row.querySelector('[part~="preview-error"]') !== null, 'the message', 1000);
    expect(row.querySelector('[part~="preview"] svg')).to.exist;
  });

  it('uses the worker URL a host sets', async () => {
    // The same file at another address the host chose: drawn (and the test above shows a wrong one is used too, and fails).
    setPdfWorkerUrl(new URL('/packages/elements/src/pdf/pdf.worker.min.mjs?host-chose-this', location.href));
    const client = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('h'), name: 'h.pdf' });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await until(el, () => el.status === 'ready', 'loaded');
    await until(el, () => rowNamed(el, 'h.pdf').querySelector('canvas') !== null, 'drawn', 1000);
  });

  it('does not load pdf.js for a page without PDFs', async () => {
    // Runs in a fresh frame: the other tests of this file have loaded pdf.js into this page already.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const script = win.document.createElement('script');
      script.type = 'module';
      script.textContent = `
        import { createDossierClient, createMemoryStorage } from '/packages/core/src/index.ts';
        import { samplePng } from '/packages/core/src/testing/index.ts';
        import '/packages/elements/src/components/indexer/define.ts';
        const client = createDossierClient({ storage: createMemoryStorage() });
        await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
        await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'J', email: 'j@example.fr' } });
        await client.documents.add('P-1', { blob: samplePng(), name: 'photo.png' });
        const el = document.createElement('dossier-indexer');
        el.client = client;
        el.setAttribute('dossier-id', 'P-1');
        document.body.append(el);
        for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[part~="preview"] img'); i += 1) await new Promise((r) => setTimeout(r, 20));
        window.done = true;
      `;
      win.document.body.append(script);
      for (let i = 0; i < 500 && !(win as unknown as { done?: boolean }).done; i += 1) await tick();
      expect((win as unknown as { done?: boolean }).done, 'the image preview shown').to.equal(true);
      const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.filter((name) => name.includes('pdfjs-dist') || name.includes('pdf.worker'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
