import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import '../src/components/provider/define.js';
import '../src/components/tracker/define.js';
import type { DossierTracker } from '../src/components/tracker/dossier-tracker.component.js';
import type { DossierIndexer } from '../src/components/indexer/dossier-indexer.component.js';
import type { DossierDropZone } from '../src/components/drop-zone/dossier-drop-zone.component.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  carteGrise: ExpectedPiece;
  releve: ExpectedPiece;
}

/** An auto risk with two mandatory pieces and one that professionals need not give. */
async function seeded(profile: Record<string, string> = {}): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  const carteGrise = await client.pieces.add('auto', { label: 'Carte grise' });
  const releve = await client.pieces.add('auto', { label: 'Relevé d’information', requirement: { optionalWhen: { attr: 'kind', eq: 'professionnel' } } });
  await client.dossiers.open({
    id: 'P-1',
    riskTypeId: 'auto',
    stage: 'Proposition envoyée',
    client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr', profile },
  });
  return { client, permis, carteGrise, releve };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Polls until `done()` holds (the client and renders are asynchronous); fails with `what` if it never does. */
async function until(el: HTMLElement & { updateComplete: Promise<boolean> }, done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(done(), what).to.equal(true);
}

const loaded = (el: DossierTracker) => until(el, () => el.status === 'ready' || el.status === 'error', 'loaded');
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const pieceRow = (el: DossierTracker, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')].find((row) => row.querySelector('[part~="piece-label"]')!.textContent === label)!;
const statusOf = (el: DossierTracker, label: string) => pieceRow(el, label).querySelector('[part~="status"]')!.textContent!.trim();
const action = (root: Element, name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
const countText = (el: DossierTracker) => $(el, '[part~="count"]')!.textContent!.trim();
/** The header's facts as "term value" lines. */
const facts = (el: DossierTracker) =>
  [...el.shadowRoot!.querySelectorAll('[part~="facts"] div')].map((d) => `${d.querySelector('dt')!.textContent} ${d.querySelector('dd')!.textContent}`);
const live = (el: DossierTracker) => $(el, 'article > [aria-live]')!.textContent!.trim();

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function drop(zone: DossierDropZone, files: readonly File[]): void {
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  $(zone, '[part~="zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
}

function collect<K extends keyof HTMLElementEventMap>(el: HTMLElement, name: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  el.addEventListener(name, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

describe('dossier-tracker', () => {
  it('shows the client, the contract type, the phase and stage, the count and every piece', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect($(el, 'h2')!.textContent).to.contain('Jeanne Martin');
    expect(facts(el)).to.deep.equal(['Type de contrat Automobile', 'Phase Proposition', 'Étape Proposition envoyée']);
    expect(countText(el)).to.equal('3 pièces à collecter');
    expect(el.count).to.equal(3);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="piece-label"]')].map((n) => n.textContent);
    expect(labels).to.deep.equal(['Permis de conduire', 'Carte grise', 'Relevé d’information']);
    expect(statusOf(el, 'Permis de conduire')).to.equal('Manquante');
    // Status is told by text and a shape, not colour alone.
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="status"] svg')).to.exist;
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="requirement"]')!.textContent).to.equal('Obligatoire');
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal('Obligatoire selon le profil du client');
    expect(pieceRow(el, 'Permis de conduire').querySelector('dossier-drop-zone')!.getAttribute('piece-id')).to.be.a('string');
    expect($(el, 'dossier-drop-zone[part~="drop-zone"]')!.hasAttribute('piece-id')).to.equal(false);
    expect($(el, '[part~="indexer-button"]'), 'no unclassified document, no indexer button').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows "Prochaine relance le …" and pauses and resumes the automatic reminders from the keyboard', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect($(el, '[part~="next-reminder"]'), 'no schedule, no line').to.equal(null);
    await client.reminders.schedule('P-1');
    await until(el, () => !!$(el, '[part~="next-reminder"]'), 'the next reminder');
    expect($(el, '[part~="next-reminder"] time')!.textContent).to.match(/^Prochaine relance le /);
    const button = () => $<HTMLButtonElement>(el, '[part~="automatic-button"]')!;
    expect(button().textContent).to.equal('Mettre les relances en pause');
    button().focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => button()?.textContent === 'Reprendre les relances', 'paused');
    expect($(el, '[part~="next-reminder"]')!.textContent).to.contain('Relances automatiques en pause');
    expect((await client.reminders.plan('P-1')).status).to.equal('paused');
    button().focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => button()?.textContent === 'Mettre les relances en pause', 'resumed');
    expect((await client.reminders.plan('P-1')).status).to.equal('active');
    await expect(el).to.be.accessible();
  });

  it('says why a piece is optional when a profile rule decides', async () => {
    const { client } = await seeded({ kind: 'professionnel' });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal('Facultative selon le profil du client');
    expect(countText(el)).to.equal('2 pièces à collecter');
    expect(statusOf(el, 'Relevé d’information')).to.equal('Manquante');
    await expect(el).to.be.accessible();
  });

  it('drop a PDF on the general zone → unclassified → indexer → suggestion → "Classer" → Obtenue, count drops', async () => {
    const { client, permis } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const added = collect(el, 'dossier-document-added');
    const zone = $<DossierDropZone>(el, 'dossier-drop-zone[part~="drop-zone"]')!;
    await until(zone, () => $(zone, '[part~="zone"]') !== null, 'general zone ready');
    drop(zone, [new File([samplePdf('permis')], 'permis_conduire_recto.pdf', { type: 'application/pdf' })]);

    await until(el, () => $(el, '[part~="indexer-button"]') !== null, 'indexer button shown');
    expect(added).to.have.length(1);
    expect(added[0]!.detail.document.pieceId).to.equal(null);
    const openButton = $<HTMLButtonElement>(el, '[part~="indexer-button"]')!;
    expect(openButton.textContent!.trim()).to.equal('Classer les documents (1)');
    expect(openButton.getAttribute('aria-expanded')).to.equal('false');
    expect(countText(el)).to.equal('3 pièces à collecter');
    await expect(el).to.be.accessible();

    openButton.click();
    await el.updateComplete;
    expect(openButton.getAttribute('aria-expanded')).to.equal('true');
    const indexer = $<DossierIndexer>(el, 'dossier-indexer')!;
    await until(indexer, () => indexer.status === 'ready', 'indexer loaded');
    const row = $(indexer, '[part~="unclassified"] [part~="document"]')!;
    expect(row.querySelector('[part~="name"]')!.textContent).to.equal('permis_conduire_recto.pdf');
    const select = row.querySelector('select')!;
    expect(select.value).to.equal(permis.id);
    expect(select.selectedOptions[0]!.textContent).to.equal('Permis de conduire');
    await until(el, () => el.shadowRoot!.activeElement === indexer, 'focus moved to the indexer');
    await expect(el).to.be.accessible();

    const classified = collect(el, 'dossier-document-classified');
    action(row, 'classify').click();
    await until(el, () => statusOf(el, 'Permis de conduire') === 'Obtenue', 'piece obtained');
    expect(countText(el)).to.equal('2 pièces à collecter');
    expect(el.count).to.equal(2);
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="document"]')!.textContent).to.contain('permis_conduire_recto.pdf').and.contain('Obtenu');
    expect(classified[0]!.detail.pieceId).to.equal(permis.id);
    expect($(el, '[part~="indexer-button"]')!.textContent!.trim()).to.equal('Classer les documents (0)');
    await until(indexer, () => $(indexer, '[part~="empty"]') !== null, 'indexer empty');
    expect($(indexer, '[part~="empty"]')!.textContent).to.equal('Aucun document à classer');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part~="indexer-button"]')!.click();
    await el.updateComplete;
    expect($(el, 'dossier-indexer')).to.equal(null);
    expect($(el, '[part~="indexer-button"]'), 'closed with nothing left to classify').to.equal(null);
  });

  it('a drop on a piece’s zone classifies at once', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const zone = pieceRow(el, 'Carte grise').querySelector<DossierDropZone>('dossier-drop-zone')!;
    await until(zone, () => $(zone, '[part~="zone"]') !== null, 'piece zone ready');
    drop(zone, [new File([samplePng()], 'cg.png', { type: 'image/png' })]);
    await until(el, () => statusOf(el, 'Carte grise') === 'Obtenue', 'carte grise obtained');
    expect(countText(el)).to.equal('2 pièces à collecter');
  });

  it('refuses, with a clear error, an image classified on a PDF-only piece, and changes nothing', async () => {
    const { client, permis } = await seeded();
    const image = await client.documents.add('P-1', { blob: samplePng(), name: 'photo.png' });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    el.openIndexer();
    await el.updateComplete;
    const indexer = $<DossierIndexer>(el, 'dossier-indexer')!;
    await until(indexer, () => indexer.status === 'ready', 'indexer loaded');
    const row = $(indexer, '[part~="document"]')!;
    const select = row.querySelector('select')!;
    select.value = permis.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    action(row, 'classify').click();
    await until(indexer, () => row.querySelector('[part~="error"]') !== null, 'error shown');
    expect(row.querySelector('[part~="error"]')!.textContent).to.contain('« photo.png » n\'est pas d\'un type accepté');
    expect((await client.documents.get(image.id)).pieceId).to.equal(null);
    expect(statusOf(el, 'Permis de conduire')).to.equal('Manquante');
    expect(countText(el)).to.equal('3 pièces à collecter');
    await expect(el).to.be.accessible();
  });

  it('waives a missing piece with a reason (an empty reason is refused), then takes the waiver back', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const waived = collect(el, 'dossier-piece-waived');
    const unwaived = collect(el, 'dossier-piece-unwaived');
    action(pieceRow(el, 'Carte grise'), 'waive').click();
    await el.updateComplete;
    const form = pieceRow(el, 'Carte grise').querySelector('form')!;
    const input = form.querySelector('input')!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(form.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Motif de la dispense');

    type(input, '   ');
    action(form, 'confirm-waive').click();
    await el.updateComplete;
    const error = form.querySelector('[role="alert"]')!;
    expect(error.textContent).to.equal('Indiquez le motif de la dispense.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal(error.id);
    expect((await client.dossiers.get('P-1')).waivers).to.deep.equal({});
    expect(waived).to.have.length(0);
    await expect(el).to.be.accessible();

    type(input, 'Véhicule en commande, carte grise à venir');
    // Enter in the field submits the form, as a person would.
    input.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => statusOf(el, 'Carte grise') === 'Dispensée', 'piece waived');
    expect(pieceRow(el, 'Carte grise').textContent).to.contain('Motif de la dispense : Véhicule en commande, carte grise à venir');
    expect((await client.dossiers.get('P-1')).waivers[carteGrise.id]!.reason).to.equal('Véhicule en commande, carte grise à venir');
    expect(countText(el)).to.equal('2 pièces à collecter');
    expect(waived[0]!.detail).to.deep.equal({ dossierId: 'P-1', pieceId: carteGrise.id, reason: 'Véhicule en commande, carte grise à venir' });
    expect(live(el)).to.equal('Carte grise : pièce dispensée.');
    await expect(el).to.be.accessible();

    action(pieceRow(el, 'Carte grise'), 'unwaive').click();
    await until(el, () => statusOf(el, 'Carte grise') === 'Manquante', 'waiver taken back');
    expect((await client.dossiers.get('P-1')).waivers).to.deep.equal({});
    expect(unwaived[0]!.detail).to.deep.equal({ dossierId: 'P-1', pieceId: carteGrise.id });
    expect(countText(el)).to.equal('3 pièces à collecter');
  });

  it('cancels the waiver form with Escape or "Annuler", giving focus back', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    action(pieceRow(el, 'Carte grise'), 'waive').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(pieceRow(el, 'Carte grise').querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(action(pieceRow(el, 'Carte grise'), 'waive'));
    action(pieceRow(el, 'Carte grise'), 'waive').click();
    await el.updateComplete;
    action(pieceRow(el, 'Carte grise'), 'cancel-waive').click();
    await el.updateComplete;
    expect(pieceRow(el, 'Carte grise').querySelector('form')).to.equal(null);
  });

  it('"Archiver" files an obtained document', async () => {
    const { client, permis } = await seeded();
    const doc = await client.documents.add('P-1', { blob: samplePdf('p'), name: 'permis.pdf' }, { pieceId: permis.id });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const archived = collect(el, 'dossier-document-archived');
    expect(statusOf(el, 'Permis de conduire')).to.equal('Obtenue');
    action(pieceRow(el, 'Permis de conduire'), 'archive').click();
    await until(el, () => statusOf(el, 'Permis de conduire') === 'Archivée', 'piece archived');
    expect((await client.documents.get(doc.id)).state).to.equal('archived');
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="document"]')!.textContent).to.contain('Archivé');
    expect(action(pieceRow(el, 'Permis de conduire'), 'archive')).to.equal(null);
    expect(archived[0]!.detail.document.id).to.equal(doc.id);
    expect(live(el)).to.equal('« permis.pdf » archivé.');
  });

  it('is read-only for an archived dossier, and says so', async () => {
    const { client, permis, carteGrise, releve } = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('p'), name: 'permis.pdf' }, { pieceId: permis.id });
    await client.documents.add('P-1', { blob: samplePng(), name: 'cg.png' }, { pieceId: carteGrise.id });
    await client.documents.add('P-1', { blob: samplePdf('loose'), name: 'loose.pdf' });
    await client.dossiers.convert('P-1', { contractId: 'C-42' });
    await client.dossiers.waive('P-1', releve.id, 'Premier contrat');
    await client.dossiers.archive('P-1');
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect(el.readOnly).to.equal(true);
    expect($(el, '[part~="notice"]')!.textContent).to.contain('Dossier archivé : consultation seule');
    expect(facts(el)).to.include.members(['Phase Archivé', 'N° de contrat C-42']);
    expect(statusOf(el, 'Permis de conduire')).to.equal('Archivée');
    expect(statusOf(el, 'Relevé d’information')).to.equal('Dispensée');
    expect(el.shadowRoot!.querySelectorAll('dossier-drop-zone, button, form, dossier-indexer')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is read-only for a lost sale', async () => {
    const { client } = await seeded();
    await client.dossiers.markLost('P-1');
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect($(el, '[part~="notice"]')!.textContent).to.contain('Affaire perdue');
    expect(el.shadowRoot!.querySelectorAll('dossier-drop-zone, button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('updates live when a document is added elsewhere, and not for another dossier', async () => {
    const { client, carteGrise } = await seeded();
    await client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul', email: 'paul@example.fr' } });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const before = el.renderCount;
    await client.documents.add('P-2', { blob: samplePdf('other'), name: 'autre.pdf' }, { pieceId: carteGrise.id });
    await tick();
    await el.updateComplete;
    expect(el.renderCount).to.equal(before);
    await client.documents.add('P-1', { blob: samplePdf('cg'), name: 'carte-grise.pdf' }, { pieceId: carteGrise.id });
    await until(el, () => statusOf(el, 'Carte grise') === 'Obtenue', 'updated live');
    expect(countText(el)).to.equal('2 pièces à collecter');
    await client.documents.add('P-1', { blob: samplePdf('loose'), name: 'vrac.pdf' });
    await until(el, () => $(el, '[part~="indexer-button"]') !== null, 'unclassified count shown');
    expect($(el, '[part~="indexer-button"]')!.textContent!.trim()).to.equal('Classer les documents (1)');
  });

  it('renders hostile client names, stages, labels and file names as text', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'auto', label: HOSTILE });
    const piece = await client.pieces.add('auto', { label: HOSTILE });
    await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', stage: HOSTILE, client: { id: 'c1', name: HOSTILE, email: 'x@example.fr' } });
    await client.documents.add('P-1', { blob: samplePdf('h'), name: `${HOSTILE}.pdf` }, { pieceId: piece.id });
    await client.dossiers.waive('P-1', piece.id, HOSTILE).catch(() => undefined);
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect($(el, 'h2')!.textContent).to.contain(HOSTILE);
    expect($(el, '[part~="facts"]')!.textContent).to.contain(HOSTILE);
    expect($(el, '[part~="piece-label"]')!.textContent).to.equal(HOSTILE);
    expect($(el, '[part~="document"] .name')!.textContent).to.equal(`${HOSTILE}.pdf`);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English, and switches live with the provider', async () => {
    const { client } = await seeded({ kind: 'professionnel' });
    const provider = await fixture(html`<dossier-provider .client=${client} locale="en"><dossier-tracker dossier-id="P-1"></dossier-tracker></dossier-provider>`);
    const el = provider.querySelector('dossier-tracker')!;
    await loaded(el);
    expect(countText(el)).to.equal('2 documents to collect');
    expect($(el, '[part~="facts"]')!.textContent).to.contain('Contract type').and.contain('Proposal');
    expect(statusOf(el, 'Carte grise')).to.equal('Missing');
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal('Optional for this client’s profile');
    action(pieceRow(el, 'Carte grise'), 'waive').click();
    await el.updateComplete;
    action(pieceRow(el, 'Carte grise'), 'confirm-waive').click();
    await el.updateComplete;
    expect(pieceRow(el, 'Carte grise').querySelector('[role="alert"]')!.textContent).to.equal('Give the reason for the waiver.');
    await expect(el).to.be.accessible();
    provider.setAttribute('locale', 'fr');
    await tick();
    await el.updateComplete;
    expect(countText(el)).to.equal('2 pièces à collecter');
  });

  it('says when the contract type expects no piece', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    await client.riskTypes.put({ id: 'rc', label: 'RC pro' });
    await client.dossiers.open({ id: 'P-9', riskTypeId: 'rc', client: { id: 'c9', name: 'SARL Dupont', email: 'contact@example.fr' } });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-9"></dossier-tracker>`);
    await loaded(el);
    expect($(el, '[part~="empty"]')!.textContent).to.equal('Aucune pièce attendue pour ce type de contrat');
    expect($(el, '[part~="count"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // A piece added to the catalogue shows up at once.
    await client.pieces.add('rc', { label: 'Extrait Kbis' });
    await until(el, () => $(el, '[part~="piece"]') !== null, 'piece appears');
    expect(countText(el)).to.equal('1 pièce à collecter');
  });

  it('shows the localized error of an unknown dossier, with a retry', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="nope"></dossier-tracker>`);
    await loaded(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Introuvable');
    expect(alert.querySelector('button')!.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('shows its loading state, and says when it has no client', async () => {
    const { client } = await seeded();
    const slow: DossierClient = Object.create(client, { dossiers: { value: { ...client.dossiers, get: () => new Promise(() => {}) } } });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${slow} dossier-id="P-1"></dossier-tracker>`);
    expect($(el, '[aria-busy="true"]')!.textContent).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    const orphan = await fixture<DossierTracker>(html`<dossier-tracker dossier-id="P-1"></dossier-tracker>`);
    expect($(orphan, '[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(orphan).to.be.accessible();
  });

  it('badges a password-protected document of a piece, in both locales', async () => {
    const { client, permis, carteGrise } = await seeded();
    const locked = new Blob(['%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt << /Filter /PubSec >> >>\nstartxref\n9\n%%EOF\n']);
    await client.documents.add('P-1', { blob: locked, name: 'permis-verrouille.pdf' }, { pieceId: permis.id });
    await client.documents.add('P-1', { blob: samplePdf('carte'), name: 'carte-grise.pdf' }, { pieceId: carteGrise.id });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="password-badge"]')!.textContent).to.equal('Protégé par mot de passe');
    expect(pieceRow(el, 'Carte grise').querySelector('[part~="password-badge"]')).to.equal(null);
    el.locale = 'en';
    await el.updateComplete;
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="password-badge"]')!.textContent).to.equal('Password-protected');
    await expect(el).to.be.accessible();
  });
});
