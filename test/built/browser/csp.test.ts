import { expect } from '@open-wc/testing';
import { STRICT_CSP } from '../support/page-policies.mjs';
import { openFrame } from '../support/open-frame.js';
import { waitUntil } from '../support/wait-until.js';
import type { GalleryResult } from '../pages/gallery-page.js';

// Issue 10, defect 1: under a strict CSP, <dossier-audit> said "30 contrats" and showed no row,
// because its windowed rows bound string style="…" attributes, which style-src 'self' blocks.
describe('under a strict Content-Security-Policy (built packages)', () => {
  let frame: HTMLIFrameElement;
  let result: GalleryResult;

  before(async () => {
    frame = await openFrame('/test/built/pages/gallery.html?policy=strict');
    const win = frame.contentWindow!;
    await waitUntil(() => win.galleryResult !== undefined, 'the gallery', 25_000);
    result = win.galleryResult!;
  });

  after(() => frame.remove());

  it('is served with the policy under test', async () => {
    const response = await fetch('/test/built/pages/gallery.html?policy=strict');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('renders every element in every state without a single violation', () => {
    expect(result.error, result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
  });

  it('shows the audit rows, not only their count', () => {
    const audit = frame.contentDocument!.querySelector('[data-state="ready"] dossier-audit')!;
    const shadow = audit.shadowRoot!;
    expect(shadow.querySelector('[part~="total"]')!.textContent).to.contain('30 contrats');
    const table = shadow.querySelector<HTMLElement>('[part~="table"]')!.getBoundingClientRect();
    const rows = [...shadow.querySelectorAll<HTMLElement>('[part~="row"][data-dossier-id]')];
    expect(rows.length).to.be.greaterThan(5);
    const visible = rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.bottom > table.top && box.top < table.bottom;
    });
    expect(visible.length, 'rows inside the scrolling table').to.be.greaterThan(3);
    // Windowed rows are placed one under the other, not stacked at the top.
    const tops = visible.map((row) => Math.round(row.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(tops.length);
  });
});
