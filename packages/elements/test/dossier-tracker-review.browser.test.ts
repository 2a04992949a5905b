import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { seedPortalUpload } from './support/seed-portal-upload.js';
import '../src/components/tracker/define.js';
import '../src/components/badge/define.js';
import '../src/components/checklist/define.js';
import type { DossierChecklist } from '../src/components/checklist/dossier-checklist.component.js';
import type { DossierBadge } from '../src/components/badge/dossier-badge.component.js';
import type { DossierTracker } from '../src/components/tracker/dossier-tracker.component.js';

const seeded = seedPortalUpload;
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
async function until(el: DossierTracker | DossierBadge | DossierChecklist, done: () => boolean, what: string): Promise<void> {
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
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Choisir un motif…',
      'Illisible',
      'Expiré',
      'Mauvais document',
      'Incomplet',
      'Autre (préciser)',
    ]);
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
    await until(
      el,
      () => $(el, '[part~="reject-form"] [role="alert"]')?.textContent === 'Précisez le motif pour le client.',
      'note required',
    );
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

  it('lists the dossier’s links with their state, creates one (its address shown once) and revokes it', async () => {
    const client = createDossierClient({ storage: createMemoryStorage(), portalUrl: (token) => `https://crm.example/portal/${token}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[part~="create-link"]') !== null, 'links section');
    expect($(el, '[part~="links"]')!.textContent).to.include('Aucun lien envoyé au client.');
    $(el, '[part~="create-link"]')!.click();
    await until(el, () => $(el, '[part~="link-submit"]') !== null, 'the link form');
    $(el, '[part~="link-submit"]')!.click();
    await until(el, () => $(el, '[part~="new-link"]') !== null && $(el, '[part~="link"]') !== null, 'link created');
    const address = $<HTMLInputElement>(el, '#new-link')!.value;
    expect(address).to.match(/^https:\/\/crm\.example\/portal\/[A-Za-z0-9_-]{43}$/);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#new-link'));
    expect($(el, '[part~="link-state"]')!.textContent).to.equal('Actif');
    await expect(el).to.be.accessible();
    $(el, '[data-action="revoke-link"]')!.click();
    await until(el, () => $(el, '[part~="link-state"]')?.textContent === 'Révoqué', 'revoked');
    expect($(el, '[data-action="revoke-link"]')).to.equal(null);
    expect((await client.uploadLinks.list('P-1'))[0]?.state).to.equal('revoked');
  });

  it('a new link’s options: the pieces still to collect (editable), its days (14, at most 90) and a file limit, refused with clear messages, from the keyboard', async () => {
    const client = createDossierClient({ storage: createMemoryStorage(), portalUrl: (token) => `https://crm.example/portal/${token}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const permis = await client.pieces.add('auto', { label: 'Permis de conduire' });
    const carte = await client.pieces.add('auto', { label: 'Carte grise' });
    const releve = await client.pieces.add('auto', { label: 'Relevé d’information', requirement: 'optional' });
    const rib = await client.pieces.add('auto', { label: 'RIB' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    await client.documents.add('P-1', { blob: samplePdf('rib'), name: 'rib.pdf' }, { pieceId: rib.id });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[part~="create-link"]') !== null, 'links section');
    $<HTMLButtonElement>(el, '[part~="create-link"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '[part~="link-form"]') !== null, 'the link form');
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="link-form"] input[type=checkbox]')];
    // The pieces still to collect, the required ones ticked; the RIB, obtained, is not offered.
    expect(boxes().map((box) => [box.closest('label')!.textContent!.trim(), box.checked])).to.deep.equal([
      ['Permis de conduire', true],
      ['Carte grise', true],
      ['Relevé d’information', false],
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(boxes()[0]);
    expect($<HTMLInputElement>(el, '#link-days')!.value).to.equal('14');
    expect($<HTMLInputElement>(el, '#link-max-files')!.value).to.equal('');
    await expect(el).to.be.accessible();

    // Nothing ticked, 91 days, 0 files: each field says what is wrong, focus on the first, nothing made.
    for (const box of boxes().filter((b) => b.checked)) box.click();
    const type = async (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, id)!;
      input.focus();
      input.select();
      await sendKeys({ type: value });
    };
    await type('#link-days', '91');
    await type('#link-max-files', '0');
    $<HTMLButtonElement>(el, '[part~="link-submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '#link-pieces-error') !== null, 'the refusals');
    expect($(el, '#link-pieces-error')!.textContent).to.equal('Cochez au moins une pièce à demander.');
    expect($(el, '#link-days-error')!.textContent).to.equal('Indiquez un nombre entier de jours, de 1 à 90.');
    expect($(el, '#link-max-files-error')!.textContent).to.equal(
      'Indiquez un nombre entier de fichiers, de 1 à 100, ou laissez vide pour ne pas limiter.',
    );
    expect($(el, '#link-days')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#link-days')!.getAttribute('aria-describedby')).to.equal('link-days-error');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#link-pieces'));
    expect(await client.uploadLinks.list('P-1')).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // The permit and the optional statement, 30 days, 3 files at most.
    boxes()[0]!.click();
    boxes()[2]!.click();
    await type('#link-days', '30');
    await type('#link-max-files', '3');
    $<HTMLButtonElement>(el, '[part~="link-submit"]')!.click();
    await until(el, () => $(el, '[part~="new-link"]') !== null, 'link created');
    expect($(el, '[part~="link-form"]')).to.equal(null);
    const [link] = await client.uploadLinks.list('P-1');
    expect(link!.pieceIds).to.deep.equal([permis.id, releve.id]);
    expect(link!.maxFiles).to.equal(3);
    expect(Date.parse(link!.expiresAt) - Date.parse(link!.createdAt)).to.equal(30 * 86_400_000);
    expect(link!.pieceIds).not.to.include(carte.id);

    // Cancel closes the form and makes nothing; focus back on "Créer un lien client".
    $<HTMLButtonElement>(el, '[part~="create-link"]')!.click();
    await until(el, () => $(el, '[data-action="cancel-link"]') !== null, 'the form again');
    $<HTMLButtonElement>(el, '[data-action="cancel-link"]')!.click();
    await until(el, () => el.shadowRoot!.activeElement === $(el, '[part~="create-link"]'), 'focus back');
    expect(await client.uploadLinks.list('P-1')).to.have.length(1);
  });

  it('the link form speaks English', async () => {
    const client = createDossierClient({ storage: createMemoryStorage(), portalUrl: (token) => `https://crm.example/portal/${token}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    await client.pieces.add('auto', { label: 'Permis de conduire' });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} locale="en" dossier-id="P-1"></dossier-tracker>`);
    await until(el, () => $(el, '[part~="create-link"]') !== null, 'links section');
    $<HTMLButtonElement>(el, '[part~="create-link"]')!.click();
    await until(el, () => $(el, '[part~="link-form"]') !== null, 'the link form');
    expect($(el, '[part~="link-form"] legend')!.textContent).to.equal('Pieces asked for');
    expect($(el, 'label[for="link-days"]')!.textContent).to.equal('Valid for (days, 90 at most)');
    expect($(el, '[part~="link-submit"]')!.textContent).to.equal('Create the link');
  });

  it('the checklist offers Accepter and Refuser (a common reason required) on a document waiting for review', async () => {
    const { client, token, permis } = await seeded();
    await client.portal.upload(token, permis.id, { blob: samplePdf('portal-permis-2'), name: 'permis-2.pdf' });
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await until(el, () => el.shadowRoot!.querySelectorAll('[data-action="accept"]').length === 2, 'two to review');
    expect($(el, '[part~="review-pending"]')!.textContent).to.equal('(Reçu — à vérifier)');
    await expect(el).to.be.accessible();
    const events: string[] = [];
    el.addEventListener('dossier-document-accepted', () => events.push('accepted'));
    el.addEventListener('dossier-document-rejected-by-review', (event) => events.push(`rejected:${event.detail.document.review?.reason}`));
    $(el, '[data-action="accept"]')!.click();
    await until(el, () => el.shadowRoot!.querySelectorAll('[data-action="accept"]').length === 1, 'one accepted');
    $(el, '[data-action="reject"]')!.click();
    await until(el, () => $(el, '[part~="reject-form"] select') !== null, 'reason picker');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="reject-form"] select'));
    $(el, '[part~="reject-submit"]')!.click();
    await until(el, () => $(el, '[part~="reject-form"] [role="alert"]') !== null, 'reason required');
    const select = $<HTMLSelectElement>(el, '[part~="reject-form"] select')!;
    select.value = 'wrong-document';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $(el, '[part~="reject-submit"]')!.click();
    await until(el, () => $(el, '[part~="review-rejected"]') !== null, 'refused');
    expect(events).to.deep.equal(['accepted', 'rejected:wrong-document']);
    const documents = await client.documents.list('P-1');
    expect(documents.map((d) => d.review?.status).sort()).to.deep.equal(['accepted', 'rejected']);
  });
});
