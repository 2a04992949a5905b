import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
  const releve = await client.pieces.add('auto', {
    label: 'Relevé d’information',
    requirement: { optionalWhen: { attr: 'kind', eq: 'professionnel' } },
  });
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
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')].find(
    (row) => row.querySelector('[part~="piece-label"]')!.textContent === label,
  )!;
const statusOf = (el: DossierTracker, label: string) => pieceRow(el, label).querySelector('[part~="status"]')!.textContent!.trim();
const action = (root: Element, name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
/** Opens a piece's actions menu, as a click would, and gives its item `name`. */
async function menuItem(el: DossierTracker, label: string, name: string): Promise<HTMLButtonElement> {
  action(pieceRow(el, label), 'menu').click();
  await el.updateComplete;
  return action(pieceRow(el, label), name);
}
/** Lists a piece's documents (the count is a button). */
async function showDocuments(el: DossierTracker, label: string): Promise<void> {
  const toggle = action(pieceRow(el, label), 'documents');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
}
const countText = (el: DossierTracker) => $(el, '[part~="count"]')!.textContent!.trim();
/** The header's facts as "term value" lines. */
const facts = (el: DossierTracker) =>
  [...el.shadowRoot!.querySelectorAll('[part~="facts"] div')].map(
    (d) => `${d.querySelector('dt')!.textContent} ${d.querySelector('dd')!.textContent}`,
  );
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
    expect(facts(el).map((f) => f.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Type de contrat Automobile',
      'Étape Proposition · Proposition envoyée',
    ]);
    expect(countText(el)).to.equal('3 pièces à collecter');
    expect(el.count).to.equal(3);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="piece-label"]')].map((n) => n.textContent);
    expect(labels).to.deep.equal(['Permis de conduire', 'Carte grise', 'Relevé d’information']);
    expect(statusOf(el, 'Permis de conduire')).to.equal('Manquante');
    // Status is told by text and a shape, not colour alone.
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="status"] svg')).to.exist;
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="requirement"]')!.textContent).to.equal('Obligatoire');
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal(
      'Obligatoire selon le profil du client',
    );
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="document-count"]')!.textContent!.trim()).to.equal('Aucun document');
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
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal(
      'Facultative selon le profil du client',
    );
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
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="document-count"]')!.textContent!.trim()).to.equal(
      '1 document : Permis de conduire',
    );
    await showDocuments(el, 'Permis de conduire');
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="document"]')!.textContent)
      .to.contain('permis_conduire_recto.pdf')
      .and.contain('Obtenu');
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

  it('a drop on a piece’s line classifies at once; the line shows it is the target while files are dragged over it', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const zone = $<DossierDropZone>(el, 'dossier-drop-zone[part~="drop-zone"]')!;
    await until(zone, () => $(zone, '[part~="zone"]') !== null, 'general zone ready');
    const row = pieceRow(el, 'Carte grise');
    const label = row.querySelector<HTMLElement>('[part~="piece-label"]')!;
    const background = getComputedStyle(row).backgroundColor;
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([samplePng()], 'cg.png', { type: 'image/png' }));
    label.dispatchEvent(new DragEvent('dragenter', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    label.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(row.getAttribute('part')).to.contain('piece-dragover');
    expect(getComputedStyle(row).outlineStyle).to.equal('dashed');
    expect(getComputedStyle(row).backgroundColor).not.to.equal(background);
    expect(row.querySelector('[part~="drop-hint"]')!.textContent).to.equal('Relâchez pour ajouter à « Carte grise »');
    expect(pieceRow(el, 'Permis de conduire').getAttribute('part')).not.to.contain('piece-dragover');
    label.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(row.getAttribute('part')).not.to.contain('piece-dragover');
    await until(el, () => statusOf(el, 'Carte grise') === 'Obtenue', 'carte grise obtained');
    expect((await client.documents.list('P-1')).map((d) => d.pieceId)).to.deep.equal([carteGrise.id]);
    expect(countText(el)).to.equal('2 pièces à collecter');
  });

  it('leaves the drop target when the files leave the line', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const row = pieceRow(el, 'Carte grise');
    row.dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(row.getAttribute('part')).to.contain('piece-dragover');
    row.dispatchEvent(new DragEvent('dragleave', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(row.getAttribute('part')).not.to.contain('piece-dragover');
    expect(row.querySelector('[part~="drop-hint"]')).to.equal(null);
  });

  it('one "Ajouter document" per line, which opens the picker for that piece', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')) {
      const adds = [...row.querySelectorAll('button')].filter((b) => b.textContent!.trim().startsWith('Ajouter document'));
      expect(adds, row.dataset['pieceId']).to.have.length(1);
    }
    expect(pieceRow(el, 'Carte grise').querySelectorAll('dossier-drop-zone')).to.have.length(0);
    const zone = $<DossierDropZone>(el, 'dossier-drop-zone[part~="drop-zone"]')!;
    const asked: unknown[] = [];
    zone.openPicker = (options) => void asked.push(options);
    action(pieceRow(el, 'Carte grise'), 'add').click();
    expect(asked).to.deep.equal([{ pieceId: carteGrise.id }]);
    expect(action(pieceRow(el, 'Carte grise'), 'add').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ajouter document : Carte grise');
  });

  it('gives every primary action one style: the lines’ and the drop zone’s "Ajouter document", "Classer les documents"', async () => {
    const { client } = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('loose'), name: 'vrac.pdf' });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    await until(el, () => $(el, '[part~="indexer-button"]') !== null, 'indexer button');
    const zone = $<DossierDropZone>(el, 'dossier-drop-zone[part~="drop-zone"]')!;
    await until(zone, () => $(zone, '[part~="button"]') !== null, 'general zone ready');
    const look = (button: Element) => {
      const style = getComputedStyle(button);
      return [
        style.backgroundColor,
        style.color,
        style.fontWeight,
        style.fontSize,
        style.paddingTop,
        style.paddingLeft,
        style.borderRadius,
      ].join(' ');
    };
    const reference = look($(zone, '[part~="button"]')!);
    expect(look(action(pieceRow(el, 'Carte grise'), 'add')), 'the line’s "Ajouter document"').to.equal(reference);
    expect(look($(el, '[part~="indexer-button"]')!), '"Classer les documents"').to.equal(reference);
  });

  it('keeps its actions in a menu, opened and left with the keyboard', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const menuButton = action(pieceRow(el, 'Carte grise'), 'menu');
    expect(menuButton.getAttribute('aria-haspopup')).to.equal('menu');
    expect(action(pieceRow(el, 'Carte grise'), 'waive'), 'no action shown before the menu is opened').to.equal(null);
    menuButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
    const item = action(pieceRow(el, 'Carte grise'), 'waive');
    expect(item.getAttribute('role')).to.equal('menuitem');
    await until(el, () => el.shadowRoot!.activeElement === item, 'focus on the first item');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(action(pieceRow(el, 'Carte grise'), 'waive')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
    // Tabbing away closes it too.
    menuButton.click();
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(action(pieceRow(el, 'Carte grise'), 'waive')).to.equal(null);
  });

  it('is a dense list: one line per piece at 1280×800, nothing cut or overflowing at 375×667', async () => {
    const { client, permis } = await seeded();
    await client.documents.add('P-1', { blob: samplePdf('p'), name: 'permis.pdf' }, { pieceId: permis.id });
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
      await loaded(el);
      for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')) {
        const box = row.getBoundingClientRect();
        expect(box.height, `${row.dataset['pieceId']} is one line`).to.be.below(48);
        const parts = ['piece-label', 'status', 'requirement', 'document-count', 'add-button'].map((part) =>
          row.querySelector<HTMLElement>(`[part~="${part}"]`)!.getBoundingClientRect(),
        );
        const middles = parts.map((r) => r.top + r.height / 2);
        expect(Math.max(...middles) - Math.min(...middles), 'on one line').to.be.below(8);
        for (let i = 1; i < parts.length; i += 1) expect(parts[i]!.left, 'left to right').to.be.at.least(parts[i - 1]!.right);
      }
      // Columns line up from one piece to the next.
      const statusLefts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"] [part~="status"]')].map((s) =>
        Math.round(s.getBoundingClientRect().left),
      );
      expect(new Set(statusLefts).size).to.equal(1);

      // In a narrower column of a page (a CRM's side panel): two lines per piece.
      const column = await fixture<HTMLElement>(
        html`<div style="width: 570px"><dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker></div>`,
      );
      const inColumn = column.querySelector<DossierTracker>('dossier-tracker')!;
      await loaded(inColumn);
      for (const row of inColumn.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')) {
        expect(row.getBoundingClientRect().height, `${row.dataset['pieceId']} on two lines`).to.be.below(80);
        expect(row.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right + 0.5);
        const [label, status] = ['piece-label', 'status'].map((part) =>
          row.querySelector<HTMLElement>(`[part~="${part}"]`)!.getBoundingClientRect(),
        );
        expect(Math.abs(label!.top - status!.top), 'name and status on the first line').to.be.below(8);
      }

      await setViewport({ width: 375, height: 667 });
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="piece"]')) {
        expect(row.getBoundingClientRect().height, 'three short lines at most').to.be.below(130);
        for (const child of row.querySelectorAll<HTMLElement>('[part]')) {
          const box = child.getBoundingClientRect();
          expect(box.right, `${child.getAttribute('part')} inside the panel`).to.be.at.most(host.right + 0.5);
          expect(box.left).to.be.at.least(host.left - 0.5);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a missing optional piece without the red of a required one', async () => {
    const { client } = await seeded({ kind: 'professionnel' });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    const edge = (label: string) => getComputedStyle(pieceRow(el, label)).borderLeftColor;
    const probe = document.createElement('span');
    probe.style.color = 'var(--dossier-danger, #b42318)';
    document.body.append(probe);
    const red = getComputedStyle(probe).color;
    probe.remove();
    expect(statusOf(el, 'Relevé d’information')).to.equal('Manquante');
    expect(edge('Carte grise')).to.equal(red);
    expect(edge('Relevé d’information')).not.to.equal(red);
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
    expect(row.querySelector('[part~="error"]')!.textContent).to.contain('« photo.png » n’est pas d’un type accepté');
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
    (await menuItem(el, 'Carte grise', 'waive')).click();
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
    expect(waived[0]!.detail).to.deep.equal({
      dossierId: 'P-1',
      pieceId: carteGrise.id,
      reason: 'Véhicule en commande, carte grise à venir',
    });
    expect(live(el)).to.equal('Carte grise : pièce dispensée.');
    await expect(el).to.be.accessible();

    (await menuItem(el, 'Carte grise', 'unwaive')).click();
    await until(el, () => statusOf(el, 'Carte grise') === 'Manquante', 'waiver taken back');
    expect((await client.dossiers.get('P-1')).waivers).to.deep.equal({});
    expect(unwaived[0]!.detail).to.deep.equal({ dossierId: 'P-1', pieceId: carteGrise.id });
    expect(countText(el)).to.equal('3 pièces à collecter');
  });

  it('cancels the waiver form with Escape or "Annuler", giving focus back', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    (await menuItem(el, 'Carte grise', 'waive')).click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(pieceRow(el, 'Carte grise').querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(action(pieceRow(el, 'Carte grise'), 'menu'));
    (await menuItem(el, 'Carte grise', 'waive')).click();
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
    await showDocuments(el, 'Permis de conduire');
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
    expect(facts(el).map((f) => f.replace(/\s+/g, ' ').trim())).to.include.members(['Étape Archivé', 'N° de contrat C-42']);
    expect(statusOf(el, 'Permis de conduire')).to.equal('Archivée');
    expect(statusOf(el, 'Relevé d’information')).to.equal('Dispensée');
    // Only the lists of documents open: nothing to add, waive or archive.
    expect(
      el.shadowRoot!.querySelectorAll('dossier-drop-zone, button:not([data-action="documents"]), form, dossier-indexer'),
    ).to.have.length(0);
    await showDocuments(el, 'Permis de conduire');
    expect(el.shadowRoot!.querySelectorAll('[data-action="archive"]')).to.have.length(0);
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
    await client.dossiers.open({
      id: 'P-1',
      riskTypeId: 'auto',
      stage: HOSTILE,
      client: { id: 'c1', name: HOSTILE, email: 'x@example.fr' },
    });
    await client.documents.add('P-1', { blob: samplePdf('h'), name: `${HOSTILE}.pdf` }, { pieceId: piece.id });
    await client.dossiers.waive('P-1', piece.id, HOSTILE).catch(() => undefined);
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    expect($(el, 'h2')!.textContent).to.contain(HOSTILE);
    expect($(el, '[part~="facts"]')!.textContent).to.contain(HOSTILE);
    expect($(el, '[part~="piece-label"]')!.textContent).to.equal(HOSTILE);
    await showDocuments(el, HOSTILE);
    expect($(el, '[part~="document"] .name')!.textContent).to.equal(`${HOSTILE}.pdf`);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English, and switches live with the provider', async () => {
    const { client } = await seeded({ kind: 'professionnel' });
    const provider = await fixture(
      html`<dossier-provider .client=${client} locale="en"><dossier-tracker dossier-id="P-1"></dossier-tracker></dossier-provider>`,
    );
    const el = provider.querySelector('dossier-tracker')!;
    await loaded(el);
    expect(countText(el)).to.equal('2 documents to collect');
    expect(facts(el).map((f) => f.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Contract type Automobile',
      'Stage Proposal · Proposition envoyée',
    ]);
    expect(statusOf(el, 'Carte grise')).to.equal('Missing');
    expect(pieceRow(el, 'Relevé d’information').querySelector('[part~="requirement"]')!.textContent).to.equal(
      'Optional for this client’s profile',
    );
    expect(action(pieceRow(el, 'Carte grise'), 'add').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add document: Carte grise');
    (await menuItem(el, 'Carte grise', 'waive')).click();
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
    const locked = new Blob([
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt << /Filter /PubSec >> >>\nstartxref\n9\n%%EOF\n',
    ]);
    await client.documents.add('P-1', { blob: locked, name: 'permis-verrouille.pdf' }, { pieceId: permis.id });
    await client.documents.add('P-1', { blob: samplePdf('carte'), name: 'carte-grise.pdf' }, { pieceId: carteGrise.id });
    const el = await fixture<DossierTracker>(html`<dossier-tracker .client=${client} dossier-id="P-1"></dossier-tracker>`);
    await loaded(el);
    await showDocuments(el, 'Permis de conduire');
    await showDocuments(el, 'Carte grise');
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="password-badge"]')!.textContent).to.equal('Protégé par mot de passe');
    expect(pieceRow(el, 'Carte grise').querySelector('[part~="password-badge"]')).to.equal(null);
    el.locale = 'en';
    await el.updateComplete;
    expect(pieceRow(el, 'Permis de conduire').querySelector('[part~="password-badge"]')!.textContent).to.equal('Password-protected');
    await expect(el).to.be.accessible();
  });
});
