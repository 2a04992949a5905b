import { expect, fixture, html } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/audit/define.js';
import type { DossierAudit } from '../src/components/audit/dossier-audit.component.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const root = (el: DossierAudit) => el.shadowRoot!;
const loadedRows = (el: DossierAudit) =>
  [...root(el).querySelectorAll<HTMLElement>('.body [part~="row"]')].filter((r) => !r.classList.contains('placeholder'));
async function settled(el: DossierAudit): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await until(() => !el.busy && el.total !== undefined, 'the audit to settle');
  await el.updateComplete;
}

describe('dossier-audit: "à vérifier"', () => {
  it('filters the dossiers whose client sent documents waiting for review, with their count', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
    await client.pieces.add('auto', { label: 'Carte grise' });
    for (const [id, name] of [
      ['P-A', 'Alice Martin'],
      ['P-B', 'Bruno Petit'],
      ['P-C', 'Chloé Roux'],
    ] as const) {
      await client.dossiers.open({ id, riskTypeId: 'auto', client: { id, name, email: 'client@example.fr' } });
    }
    const { token } = await client.uploadLinks.create('P-B');
    await client.portal.upload(token, permis.id, { blob: samplePdf('audit-review'), name: 'permis.pdf' });
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client} phase="proposal"></dossier-audit>`);
    await settled(el);
    expect(el.total).to.equal(3);
    const bruno = loadedRows(el).find((row) => row.textContent!.includes('Bruno Petit'))!;
    expect(bruno.querySelector('.missing')!.textContent).to.equal('Carte grise · 1 à vérifier');
    const box = [...root(el).querySelectorAll('.filters label')]
      .find((l) => l.textContent!.includes('À vérifier uniquement'))!
      .querySelector('input')!;
    box.click();
    await el.updateComplete;
    await settled(el);
    await until(() => el.total === 1, 'one to review');
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('1 proposition');
    expect(loadedRows(el).map((row) => row.querySelector('[part~="client"]')!.textContent)).to.deep.equal(['Bruno Petit']);
    await expect(el).to.be.accessible();
  });
});
