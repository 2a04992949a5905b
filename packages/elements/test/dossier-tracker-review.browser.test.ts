import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/tracker/define.js';
import '../src/components/badge/define.js';
import type { DossierBadge } from '../src/components/badge/dossier-badge.component.js';
import type { DossierTracker } from '../src/components/tracker/dossier-tracker.component.js';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  token: string;
}

/** A contract whose client sent the driving licence through an upload link: it waits for review. */
async function seeded(): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  const { token } = await client.uploadLinks.create('P-1');
  await client.portal.upload(token, permis.id, { blob: samplePdf('portal-permis'), name: 'permis.pdf' });
  return { client, permis, token };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
async function until(el: DossierTracker | DossierBadge, done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(done(), what).to.equal(true);
}
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const statusText = (el: DossierTracker) => $(el, '[part~="piece"] [part~="status"]')!.textContent!.trim();

describe('<dossier-tracker>: the broker’s review of what the client sent', () => {
  it('shows "1 à vérifier" and the document "Reçu — à vérifier"; "Accepter" makes the piece obtained, with its events', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[data-action="accept"]') !== null, 'review buttons');
    expect($(el, '[part~="to-review"]')!.textContent).to.equal('1 à vérifier');
    expect(statusText(el)).to.include('Reçue — à vérifier');
    expect($(el, '[part~="review-pending"]')!.textContent).to.equal('Reçu — à vérifier');
    // Not filed while it waits: no "Archiver" until accepted.
    expect($(el, '[data-action="archive"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const events: string[] = [];
    el.addEventListener('dossier-document-accept-request', () => events.push('request'));
    el.addEventListener('dossier-document-accepted', (event) => events.push(`accepted:${event.detail.document.review?.status}`));
    $(el, '[data-action="accept"]')!.click();
    await until(el, () => statusText(el).includes('Obtenue'), 'obtained');
    expect(events).to.deep.equal(['request', 'accepted:accepted']);
    expect($(el, '[part~="to-review"]')).to.equal(null);
    expect($(el, '[data-action="archive"]')).not.to.equal(null);
  });

  it('a canceled request leaves the document waiting', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[data-action="accept"]') !== null, 'review buttons');
    el.addEventListener('dossier-document-accept-request', (event) => event.preventDefault());
    $(el, '[data-action="accept"]')!.click();
    await tick();
    const [document] = await client.documents.list('P-1');
    expect(document?.review?.status).to.equal('pending');
  });

  it('"Refuser" asks for a reason (required, "Autre" needs words), by keyboard; the piece goes back to "à obtenir" and the client sees why', async () => {
    const { client, token } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[data-action="reject"]') !== null, 'review buttons');
    $(el, '[data-action="reject"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '[part~="reject-form"]') !== null, 'refusal form');
    const select = $<HTMLSelectElement>(el, '[part~="reject-form"] select')!;
    expect(el.shadowRoot!.activeElement).to.equal(select);
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Choisir un motif…', 'Illisible', 'Expiré', 'Mauvais document', 'Incomplet', 'Autre (préciser)']);
    await expect(el).to.be.accessible();
    const events: string[] = [];
    el.addEventListener('dossier-document-reject-request', (event) => events.push(`request:${event.detail.rejection.reason}`));
    el.addEventListener('dossier-document-rejected-by-review', (event) => events.push(`rejected:${event.detail.document.review?.reason}`));
    // No reason: refused with a message, nothing stored.
    $(el, '[part~="reject-submit"]')!.click();
    await until(el, () => $(el, '[part~="reject-form"] [role="alert"]') !== null, 'reason required');
    expect($(el, '[part~="reject-form"] [role="alert"]')!.textContent).to.equal('Choisissez un motif de refus.');
    // "Autre" without words: refused too.
    select.value = 'other';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $(el, '[part~="reject-submit"]')!.click();
    await until(el, () => $(el, '[part~="reject-form"] [role="alert"]')?.textContent === 'Précisez le motif pour le client.', 'note required');
    expect(events).to.deep.equal([]);
    const chosen = $<HTMLSelectElement>(el, '[part~="reject-form"] select')!;
    chosen.value = 'illegible';
    chosen.dispatchEvent(new Event('change'));
    const note = $<HTMLInputElement>(el, '[part~="reject-form"] input')!;
    note.value = 'La photo est floue.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $(el, '[part~="reject-submit"]')!.click();
    await until(el, () => statusText(el).includes('Manquante'), 'back to missing');
    expect(events).to.deep.equal(['request:illegible', 'rejected:illegible']);
    expect($(el, '[part~="review-rejected"]')!.textContent).to.equal('Refusé');
    expect($(el, '[part~="rejection"]')!.textContent).to.equal('Motif : Illisible');
    const view = await client.portal.view(token);
    expect(view.pieces[0]).to.deep.include({ status: 'rejected' });
    expect(view.pieces[0]?.documents[0]).to.deep.include({ reason: 'illegible', note: 'La photo est floue.' });
  });

  it('the badge shows "1 à vérifier" as soon as the client sends a file, without reload, and is not complete until accepted', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const el = await fixture<DossierBadge>(html`<dossier-badge .client=${client} dossier-id="P-1"></dossier-badge>`);
    const button = () => $(el, '[part~="button"]')!;
    await until(el, () => el.count === 1, 'one to collect');
    const { token } = await client.uploadLinks.create('P-1');
    await client.portal.upload(token, permis.id, { blob: samplePdf('badge-permis'), name: 'permis.pdf' });
    await until(el, () => $(el, '[part~="review"]') !== null, 'review shown');
    expect($(el, '[part~="review"]')!.textContent).to.equal('1 à vérifier');
    expect(button().getAttribute('aria-label')).to.include('1 à vérifier');
    expect(el.complete).to.equal(false);
    await expect(el).to.be.accessible();
    const [document] = await client.documents.list('P-1');
    await client.documents.accept(document!.id);
    await until(el, () => $(el, '[part~="review"]') === null && el.complete, 'complete once accepted');
  });
});
