import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/provider/define.js';
import '../src/components/badge/define.js';
import type { DossierBadge } from '../src/components/badge/dossier-badge.component.js';

async function seeded(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return client;
}

const settled = async (el: DossierBadge) => {
  for (let i = 0; i < 20 && el.count === undefined; i += 1) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
};

describe('dossier-badge', () => {
  it('shows the number of required pieces still to collect and updates live', async () => {
    const client = await seeded();
    const el = await fixture<DossierBadge>(html`<dossier-badge .client=${client} dossier-id="P-1"></dossier-badge>`);
    await settled(el);
    const count = el.shadowRoot!.querySelector('[part~="count"]')!;
    expect(count.textContent).to.equal('2');
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.contain('2 pièces à collecter');
    const [permis] = await client.pieces.list('auto');
    await client.documents.add('P-1', { blob: samplePdf('b1'), name: 'permis.pdf' }, { pieceId: permis!.id });
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(count.textContent).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('gets its client from <dossier-provider> and switches locale live', async () => {
    const client = await seeded();
    const provider = await fixture(
      html`<dossier-provider .client=${client}><dossier-badge dossier-id="P-1"></dossier-badge></dossier-provider>`,
    );
    const el = provider.querySelector('dossier-badge')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.contain('pièces à collecter');
    provider.setAttribute('locale', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.contain('documents to collect');
  });

  it('opens with a click, fires dossier-badge-toggle, closes with Escape', async () => {
    const client = await seeded();
    const el = await fixture<DossierBadge>(html`<dossier-badge .client=${client} dossier-id="P-1"></dossier-badge>`);
    await settled(el);
    const button = el.shadowRoot!.querySelector('button')!;
    setTimeout(() => button.click());
    const opened = await oneEvent(el, 'dossier-badge-toggle');
    expect(opened.detail).to.deep.equal({ dossierId: 'P-1', open: true });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('dossier-checklist')).to.exist;
    const popover = el.shadowRoot!.querySelector('[part~="popover"]')!;
    setTimeout(() => popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    const closed = await oneEvent(el, 'dossier-badge-toggle');
    expect(closed.detail.open).to.equal(false);
  });

  it('shows an error state with the localized message for an unknown dossier', async () => {
    const client = await seeded();
    const el = await fixture<DossierBadge>(html`<dossier-badge .client=${client} dossier-id="nope"></dossier-badge>`);
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('.error'); i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    expect(el.shadowRoot!.textContent).to.contain('Introuvable');
    await expect(el).to.be.accessible();
  });

  it('adding a document to one dossier re-renders its badge only, among 1000', async () => {
    const client = await seeded();
    const dossierIds = Array.from({ length: 1000 }, (_, i) => `D-${i}`);
    for (const id of dossierIds) {
      await client.dossiers.open({ id, riskTypeId: 'auto', client: { id, name: `Client ${id}`, email: 'x@example.fr' } });
    }
    const host = await fixture<HTMLElement>(
      html`<div>${dossierIds.map((id) => html`<dossier-badge .client=${client} dossier-id=${id}></dossier-badge>`)}</div>`,
    );
    const badges = [...host.querySelectorAll('dossier-badge')];
    for (const badge of badges) await settled(badge);
    const before = badges.map((b) => b.renderCount);
    await client.documents.add('D-500', { blob: samplePdf('one'), name: 'permis.pdf' });
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all(badges.map((b) => b.updateComplete));
    const rerendered = badges.filter((b, i) => b.renderCount !== before[i]).map((b) => b.dossierId);
    expect(rerendered).to.deep.equal(['D-500']);
  });
});
