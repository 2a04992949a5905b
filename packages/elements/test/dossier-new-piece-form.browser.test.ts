import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import '../src/components/new-piece-form/define.js';
import type { DossierNewPieceForm } from '../src/components/new-piece-form/dossier-new-piece-form.component.js';

async function seeded(locale: 'fr' | 'en' = 'fr'): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage(), locale });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'sante', label: 'Santé' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  return client;
}

async function form(client: DossierClient, locale?: string): Promise<DossierNewPieceForm> {
  return fixture<DossierNewPieceForm>(
    locale
      ? html`<dossier-new-piece-form .client=${client} risk-type-id="auto" locale=${locale}></dossier-new-piece-form>`
      : html`<dossier-new-piece-form .client=${client} risk-type-id="auto"></dossier-new-piece-form>`,
  );
}

const addButton = (el: DossierNewPieceForm) => el.querySelector<HTMLButtonElement>('[part~="add-button"]');
const field = (el: DossierNewPieceForm) => el.querySelector<HTMLInputElement>('input');
const formButton = (el: DossierNewPieceForm, name: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('[part~="add-form"] button')].find((b) => b.textContent!.trim() === name)!;

describe('dossier-new-piece-form', () => {
  it('opens the "Nouvelle pièce" field from "Ajouter une pièce" and focuses it', async () => {
    const el = await form(await seeded());
    expect(addButton(el)!.textContent!.trim()).to.equal('Ajouter une pièce');
    await expect(el).to.be.accessible();
    addButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(field(el));
    expect(el.querySelector(`label[for="${field(el)!.id}"]`)!.textContent).to.equal('Nouvelle pièce');
    expect(field(el)!.id).to.match(/^dossier-new-piece-\d+$/);
    await expect(el).to.be.accessible();
  });

  it('adds the typed piece on Enter: the request first, the piece after, the field kept open and empty', async () => {
    const client = await seeded();
    const el = await form(client);
    const fired: string[] = [];
    el.addEventListener('dossier-piece-add-request', (e) => {
      expect(e.cancelable && e.bubbles && e.composed).to.equal(true);
      fired.push(`request:${e.detail.riskTypeId}:${e.detail.input.label}`);
    });
    el.addEventListener('dossier-piece-added', (e) => fired.push(`added:${e.detail.piece.label}`));
    await el.show();
    await sendKeys({ type: 'Carte grise' });
    const added = oneEvent(el, 'dossier-piece-added');
    await sendKeys({ press: 'Enter' });
    await added;
    await el.updateComplete;
    expect(fired).to.deep.equal(['request:auto:Carte grise', 'added:Carte grise']);
    expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal(['Permis de conduire', 'Carte grise']);
    expect(field(el)!.value).to.equal('');
    expect(document.activeElement).to.equal(field(el));
  });

  it('shows core’s refusal at the field, and clears it when typing', async () => {
    const client = await seeded();
    const el = await form(client);
    await el.show();
    formButton(el, 'Ajouter').click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    const error = el.querySelector('[part~="field-error"]')!;
    expect(error.textContent).to.contain('Saisie invalide').and.to.contain('ne doit pas être vide');
    expect(field(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(field(el)!.getAttribute('aria-describedby')).to.equal(error.id);
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'A' });
    await el.updateComplete;
    expect(el.querySelector('[part~="field-error"]')).to.equal(null);
    expect((await client.pieces.list('auto')).length).to.equal(1);
  });

  it('closes with Escape or "Annuler", giving the focus back, and adds nothing', async () => {
    const client = await seeded();
    const el = await form(client);
    let escaped = false;
    document.addEventListener('keydown', (e) => (escaped ||= e.key === 'Escape'), { once: true });
    await el.show();
    await sendKeys({ type: 'Brouillon' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    expect(document.activeElement).to.equal(addButton(el));
    // Escape was the form's: a dialog around it must not close.
    expect(escaped).to.equal(false);
    await el.show();
    expect(field(el)!.value).to.equal('');
    formButton(el, 'Annuler').click();
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    expect((await client.pieces.list('auto')).length).to.equal(1);
  });

  it('adds nothing when the host cancels the request, and lets it complete the input', async () => {
    const client = await seeded();
    const el = await form(client);
    let cancel = true;
    el.addEventListener('dossier-piece-add-request', (e) => {
      if (cancel) e.preventDefault();
      else (e.detail.input as { accept?: string[] }).accept = ['application/pdf'];
    });
    await el.show();
    await sendKeys({ type: 'Attestation' });
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await client.pieces.list('auto')).length).to.equal(1);
    cancel = false;
    const added = oneEvent(el, 'dossier-piece-added');
    await sendKeys({ press: 'Enter' });
    const { detail } = await added;
    expect(detail.piece.accept).to.deep.equal(['application/pdf']);
  });

  it('closes when its risk type changes', async () => {
    const el = await form(await seeded());
    await el.show();
    await sendKeys({ type: 'Pour l’auto' });
    el.riskTypeId = 'sante';
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    await el.show();
    expect(field(el)!.value).to.equal('');
  });

  it('speaks English with locale="en"', async () => {
    const el = await form(await seeded('en'), 'en');
    expect(addButton(el)!.textContent!.trim()).to.equal('Add a document');
    await el.show();
    expect(el.querySelector('label')!.textContent).to.equal('New document');
    formButton(el, 'Add').click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(el.querySelector('[part~="field-error"]')!.textContent).to.contain('must not be empty');
    expect(formButton(el, 'Cancel')).to.exist;
  });

  it('takes the id its host gives to the field', async () => {
    const el = await fixture<DossierNewPieceForm>(
      html`<dossier-new-piece-form .client=${await seeded()} risk-type-id="auto" field-id="new-piece"></dossier-new-piece-form>`,
    );
    await el.show();
    expect(field(el)!.id).to.equal('new-piece');
    expect(getComputedStyle(el.querySelector('[part~="add-form"]')!).display).to.equal('flex');
  });
});
