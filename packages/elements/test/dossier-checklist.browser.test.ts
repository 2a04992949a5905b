import { expect, fixture, html } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/checklist/define.js';
import '../src/components/badge/define.js';
import type { DossierChecklist } from '../src/components/checklist/dossier-checklist.component.js';
import type { DossierDropZone } from '../src/components/drop-zone/dossier-drop-zone.component.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  carteGrise: ExpectedPiece;
  releve: ExpectedPiece;
}

async function seeded(): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'vide', label: 'Sans pièces' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  const carteGrise = await client.pieces.add('auto', { label: 'Carte grise' });
  const releve = await client.pieces.add('auto', { label: "Relevé d'information", requirement: 'optional' });
  for (const id of ['P-1', 'P-2']) {
    await client.dossiers.open({ id, riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  }
  await client.dossiers.open({ id: 'E-1', riskTypeId: 'vide', client: { id: 'c2', name: 'Paul Durand', email: 'paul@example.fr' } });
  return { client, permis, carteGrise, releve };
}

const pdf = (name: string, seed = name): File => new File([samplePdf(seed)], name, { type: 'application/pdf' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Waits until the checklist has rendered something other than its loading state. */
async function loaded(el: DossierChecklist): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 50 && el.shadowRoot!.querySelector('[aria-busy="true"]'); i += 1) {
    await tick();
    await el.updateComplete;
  }
}

/** Waits until `check` holds (the client's change events reach the element asynchronously). */
async function until(el: DossierChecklist, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(check(), what).to.equal(true);
}

/** The counts of the summary, by group. */
function counts(el: DossierChecklist): Record<string, number> {
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="summary"] li')].map((li) => [
      li.dataset.group!,
      Number(li.querySelector('.count-number')!.textContent),
    ]),
  );
}

/** Piece labels listed in a group's section. */
function labelsIn(el: DossierChecklist, group: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(`[part~="group-${group}"] [part~="piece-label"]`)].map((e) => e.textContent!);
}

const pieceItem = (el: DossierChecklist, piece: ExpectedPiece) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-piece-id="${piece.id}"]`)!;
const dropZoneOf = (el: DossierChecklist) => el.shadowRoot!.querySelector<DossierDropZone>('dossier-drop-zone')!;

describe('dossier-checklist', () => {
  it('groups the pieces with counts and status in words, and follows adding, archiving and waiving', async () => {
    const { client, permis, carteGrise, releve } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await loaded(el);
    expect(counts(el)).to.deep.equal({ remaining: 2, obtained: 0, archived: 0, waived: 0, 'not-required': 1 });
    expect(labelsIn(el, 'remaining')).to.deep.equal(['Permis de conduire', 'Carte grise']);
    expect(labelsIn(el, 'not-required')).to.deep.equal(["Relevé d'information"]);
    expect(el.shadowRoot!.querySelector('[part~="group-remaining"] [part~="group-title"]')!.textContent)
      .to.contain('À obtenir')
      .and.to.contain('(2)');
    expect(el.shadowRoot!.querySelector('[part~="group-obtained"]'), 'empty groups are not listed').to.equal(null);
    // Said once, by the group, not under each of its pieces.
    expect(pieceItem(el, permis).textContent).not.to.contain('Manquante');
    expect(pieceItem(el, permis).textContent).not.to.contain('Obligatoire');
    expect(el.shadowRoot!.querySelector('[part~="group-not-required"] [part~="group-title"]')!.textContent).to.contain('Non requises');
    expect(pieceItem(el, releve).textContent).not.to.contain('Facultative');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('2 à obtenir');
    await expect(el).to.be.accessible();

    const doc = await client.documents.add('P-1', pdf('permis.pdf'), { pieceId: permis.id });
    await until(el, () => counts(el).obtained === 1, 'obtained after add');
    expect(counts(el)).to.deep.equal({ remaining: 1, obtained: 1, archived: 0, waived: 0, 'not-required': 1 });
    expect(labelsIn(el, 'obtained')).to.deep.equal(['Permis de conduire']);
    expect(pieceItem(el, permis).querySelector('[part~="document"]')!.textContent).to.equal('permis.pdf');
    expect(pieceItem(el, permis).querySelector('[part~="piece-status"]')!.textContent).to.contain('Obtenue').and.to.contain('à archiver');

    await client.documents.archive(doc.id);
    await until(el, () => counts(el).archived === 1, 'archived after archive');
    expect(labelsIn(el, 'archived')).to.deep.equal(['Permis de conduire']);
    expect(pieceItem(el, permis).querySelector('[part~="piece-status"]')!.textContent).to.contain('Archivée');
    expect(pieceItem(el, permis).querySelector('[part~="document"]')!.textContent).to.contain('permis.pdf').and.to.contain('archivé');

    await client.dossiers.waive('P-1', carteGrise.id, 'Véhicule en commande');
    await until(el, () => counts(el).waived === 1, 'waived after waive');
    expect(counts(el)).to.deep.equal({ remaining: 0, obtained: 0, archived: 1, waived: 1, 'not-required': 1 });
    expect(pieceItem(el, carteGrise).textContent).to.contain('Dispensée').and.to.contain('Motif : Véhicule en commande');
    expect(el.shadowRoot!.querySelector('[part~="group-remaining"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('updates live when a document is added elsewhere, and not for another dossier', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await loaded(el);
    const before = el.renderCount;
    await client.documents.add('P-2', pdf('autre.pdf'), { pieceId: carteGrise.id });
    await tick();
    await tick();
    await el.updateComplete;
    expect(el.renderCount, 'a change to P-2 renders nothing here').to.equal(before);
    await client.documents.add('P-1', pdf('carte.pdf'), { pieceId: carteGrise.id });
    await until(el, () => labelsIn(el, 'obtained').includes('Carte grise'), 'carte grise obtained');
    expect(pieceItem(el, carteGrise).querySelector('[part~="document"]')!.textContent).to.equal('carte.pdf');
  });

  it('"Ajouter document" on a piece opens the embedded drop zone’s picker for that piece', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await loaded(el);
    const zone = dropZoneOf(el);
    await zone.updateComplete;
    const input = zone.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = 0;
    input.click = () => {
      opened += 1;
    };
    const add = pieceItem(el, carteGrise).querySelector<HTMLButtonElement>('[part~="add"]')!;
    expect(add.textContent!.trim()).to.equal('Ajouter document');
    expect(add.getAttribute('aria-label')).to.equal('Ajouter document : Carte grise');
    // One style for "Ajouter document", here as in the drop zone.
    const look = (button: Element) => {
      const style = getComputedStyle(button);
      return [style.backgroundColor, style.color, style.fontWeight, style.paddingTop, style.paddingLeft, style.borderRadius].join(' ');
    };
    expect(look(add)).to.equal(look(zone.shadowRoot!.querySelector('[part~="button"]')!));
    add.click();
    expect(opened).to.equal(1);
    input.files = (() => {
      const dt = new DataTransfer();
      dt.items.add(pdf('carte.pdf'));
      return dt.files;
    })();
    input.dispatchEvent(new Event('change'));
    await until(el, () => labelsIn(el, 'obtained').includes('Carte grise'), 'classified to carte grise');
    const [stored] = await client.documents.list('P-1');
    expect(stored!.pieceId).to.equal(carteGrise.id);
  });

  it('embeds a drop zone whose unclassified documents are listed by name', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await loaded(el);
    const zone = dropZoneOf(el);
    await zone.updateComplete;
    expect(zone.dossierId).to.equal('P-1');
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(pdf('scan.pdf'));
    zone
      .shadowRoot!.querySelector('[part~="zone"]')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await until(el, () => !!el.shadowRoot!.querySelector('[part~="group-unclassified"]'), 'unclassified group shown');
    const section = el.shadowRoot!.querySelector('[part~="group-unclassified"]')!;
    expect(section.querySelector('h3')!.textContent).to.contain('Non classé').and.to.contain('(1)');
    expect(section.querySelector('[part~="document"]')!.textContent).to.equal('scan.pdf');
    await expect(el).to.be.accessible();
  });

  it('says so when the risk type expects no piece (axe-clean)', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="E-1"></dossier-checklist>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('Aucune pièce attendue pour ce type de contrat.');
    expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
    expect(dropZoneOf(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a loading state (axe-clean)', async () => {
    const { client } = await seeded();
    const stuck: DossierClient = { ...client, completeness: () => new Promise(() => {}) };
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${stuck} dossier-id="P-1"></dossier-checklist>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.contain('Chargement…');
    await expect(el).to.be.accessible();
  });

  it('shows the localized error with a retry button (axe-clean), and recovers', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-9"></dossier-checklist>`);
    await loaded(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Introuvable');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    await client.dossiers.open({ id: 'P-9', riskTypeId: 'auto', client: { id: 'c9', name: 'Léa', email: 'lea@example.fr' } });
    retry.click();
    await until(el, () => !!el.shadowRoot!.querySelector('[part~="summary"]'), 'loaded after retry');
  });

  it('says when there is no client (axe-clean)', async () => {
    const el = await fixture<DossierChecklist>(html`<dossier-checklist dossier-id="P-1"></dossier-checklist>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(el).to.be.accessible();
  });

  it('renders hostile piece labels, waiver reasons and file names as text', async () => {
    const { client } = await seeded();
    const piece = await client.pieces.add('auto', { label: HOSTILE });
    const waived = await client.pieces.add('auto', { label: `${HOSTILE}2` });
    await client.documents.add('P-1', pdf(`${HOSTILE}.pdf`), { pieceId: piece.id });
    await client.documents.add('P-1', pdf(`${HOSTILE}-libre.pdf`));
    await client.dossiers.waive('P-1', waived.id, HOSTILE);
    const el = await fixture<DossierChecklist>(html`<dossier-checklist .client=${client} dossier-id="P-1"></dossier-checklist>`);
    await loaded(el);
    expect(pieceItem(el, piece).querySelector('[part~="piece-label"]')!.textContent).to.equal(HOSTILE);
    expect(pieceItem(el, piece).querySelector('[part~="document"]')!.textContent).to.equal(`${HOSTILE}.pdf`);
    expect(pieceItem(el, waived).textContent).to.contain(`Motif : ${HOSTILE}`);
    expect(el.shadowRoot!.querySelector('[part~="group-unclassified"] [part~="document"]')!.textContent).to.equal(`${HOSTILE}-libre.pdf`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English with locale="en"', async () => {
    const { client, permis } = await seeded();
    const el = await fixture<DossierChecklist>(
      html`<dossier-checklist .client=${client} dossier-id="P-1" locale="en"></dossier-checklist>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="group-remaining"] h3')!.textContent).to.contain('To collect');
    expect(pieceItem(el, permis).textContent).not.to.contain('Missing');
    expect(pieceItem(el, permis).textContent).not.to.contain('Required');
    expect(pieceItem(el, permis).querySelector('[part~="add"]')!.textContent!.trim()).to.equal('Add document');
    const zone = dropZoneOf(el);
    await zone.updateComplete;
    expect(zone.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('Drop a document here or click to choose one');
    const missing = await fixture<DossierChecklist>(
      html`<dossier-checklist .client=${client} dossier-id="nope" locale="en"></dossier-checklist>`,
    );
    await loaded(missing);
    expect(missing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Retry');
    await expect(el).to.be.accessible();
  });

  it('is what the badge popover shows', async () => {
    const { client } = await seeded();
    const badge = await fixture(html`<dossier-badge .client=${client} dossier-id="P-1"></dossier-badge>`);
    for (let i = 0; i < 50 && badge.shadowRoot!.querySelector('[part~="count"]')?.textContent === '…'; i += 1) await tick();
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await (badge as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const el = badge.shadowRoot!.querySelector<DossierChecklist>('dossier-checklist')!;
    expect(el).to.be.instanceOf(customElements.get('dossier-checklist')!);
    await loaded(el);
    expect(counts(el).remaining).to.equal(2);
  });
});
