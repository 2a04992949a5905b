import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, formatBytes, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import '../src/components/provider/define.js';
import '../src/components/indexer/define.js';
import type { DossierIndexer } from '../src/components/indexer/dossier-indexer.component.js';
import type { DossierDocumentClassifiedDetail } from '../src/events/dossier-document-classified-event.js';
import type { DossierDocumentRemovedDetail } from '../src/events/dossier-document-removed-event.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  carteGrise: ExpectedPiece;
  rib: ExpectedPiece;
}

async function seeded(): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  const carteGrise = await client.pieces.add('auto', { label: 'Carte grise' });
  const rib = await client.pieces.add('auto', { label: 'RIB', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return { client, permis, carteGrise, rib };
}

const addPdf = (client: DossierClient, name: string, pieceId: string | null = null) =>
  client.documents.add('P-1', { blob: samplePdf(name), name }, { pieceId });
const addPng = (client: DossierClient, name: string) => client.documents.add('P-1', { blob: samplePng(), name });

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Polls until `done()` holds (the client and renders are asynchronous), then fails with `what` if it never does. */
async function until(el: DossierIndexer, done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !done(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(done(), what).to.equal(true);
}

const loaded = (el: DossierIndexer) => until(el, () => el.status === 'ready' || el.status === 'error', 'loaded');

const rows = (el: DossierIndexer, section: 'unclassified' | 'classified') => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${section}"] [part~="document"]`),
];
const rowNamed = (el: DossierIndexer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="document"]')].find(
    (r) => r.querySelector('[part~="name"]')!.textContent === name,
  );
const selectOf = (row: HTMLElement) => row.querySelector<HTMLSelectElement>('select')!;
const button = (row: HTMLElement, action: string) => row.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const live = (el: DossierIndexer) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function collect<K extends keyof HTMLElementEventMap>(el: HTMLElement, name: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  el.addEventListener(name, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

describe('dossier-indexer', () => {
  it("offers Accepter and Refuser (a common reason required) on a document waiting for review, with the tracker's events, from the keyboard", async () => {
    const { client, permis, rib } = await seeded();
    const { token } = await client.uploadLinks.create('P-1', { pieceIds: [permis.id, rib.id] });
    await client.portal.upload(token, permis.id, { blob: samplePdf('portal-permis'), name: 'permis-portail.pdf' });
    await client.portal.upload(token, rib.id, { blob: samplePdf('portal-rib'), name: 'rib-portail.pdf' });
    await addPdf(client, 'deja-classe.pdf', rib.id);
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const part = (name: string, row: HTMLElement) => row.querySelector<HTMLElement>(`[part~="${name}"]`);
    const permisRow = () => rowNamed(el, 'permis-portail.pdf')!;
    const ribRow = () => rowNamed(el, 'rib-portail.pdf')!;
    await until(el, () => !!rowNamed(el, 'permis-portail.pdf') && !!rowNamed(el, 'rib-portail.pdf'), 'the portal documents');
    expect(part('review', permisRow())!.textContent).to.include('Reçu — à vérifier');
    // A document the broker classified himself waits for no review.
    expect(part('review', rowNamed(el, 'deja-classe.pdf')!)).to.equal(null);
    await expect(el).to.be.accessible();
    const events: string[] = [];
    for (const type of [
      'dossier-document-accept-request',
      'dossier-document-accepted',
      'dossier-document-reject-request',
      'dossier-document-rejected-by-review',
    ]) {
      el.addEventListener(type, (event) =>
        events.push(`${type}:${(event as CustomEvent<{ document: { originalName: string } }>).detail.document.originalName}`),
      );
    }

    // A host may say no: nothing happens.
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('dossier-document-accept-request', veto, { once: true });
    part('accept-button', permisRow())!.click();
    await tick();
    expect((await client.documents.list('P-1')).find((d) => d.originalName === 'permis-portail.pdf')!.review!.status).to.equal('pending');

    // Accepter, from the keyboard.
    part('accept-button', permisRow())!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => part('review', permisRow()) === null, 'accepted');
    expect((await client.documents.list('P-1')).find((d) => d.originalName === 'permis-portail.pdf')!.review!.status).to.equal('accepted');

    // Refuser: a reason is required, then picked with the keyboard.
    part('reject-button', ribRow())!.click();
    await until(el, () => !!part('reject-form', ribRow()), 'the refusal form');
    const reasonSelect = () => part('reject-form', ribRow())!.querySelector('select')!;
    const select = reasonSelect();
    expect(el.shadowRoot!.activeElement).to.equal(select);
    part('reject-submit', ribRow())!.click();
    await until(el, () => !!ribRow().querySelector('[role=alert]'), 'the reason required');
    expect(ribRow().querySelector('[role=alert]')!.textContent).to.equal('Choisissez un motif de refus.');
    expect(reasonSelect().getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    reasonSelect().focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(el, () => reasonSelect().value === 'illegible', 'a reason picked');
    part('reject-submit', ribRow())!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => part('review', ribRow()) === null, 'refused');
    const refused = (await client.documents.list('P-1')).find((d) => d.originalName === 'rib-portail.pdf')!;
    expect(refused.review).to.deep.include({ status: 'rejected', reason: 'illegible' });
    expect(events).to.deep.equal([
      'dossier-document-accept-request:permis-portail.pdf',
      'dossier-document-accept-request:permis-portail.pdf',
      'dossier-document-accepted:permis-portail.pdf',
      'dossier-document-reject-request:rib-portail.pdf',
      'dossier-document-rejected-by-review:rib-portail.pdf',
    ]);
  });

  it('lists unclassified documents with a preview, name, size and date, the likeliest piece preselected', async () => {
    const { client, permis, carteGrise } = await seeded();
    const pdfDoc = await addPdf(client, 'permis_conduire_recto.pdf');
    await addPng(client, 'CG-AB123CD.png');
    await addPdf(client, 'IMG_0042.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Indexation des documents');
    const list = rows(el, 'unclassified');
    expect(list.map((r) => r.querySelector('[part~="name"]')!.textContent)).to.deep.equal([
      'permis_conduire_recto.pdf',
      'CG-AB123CD.png',
      'IMG_0042.pdf',
    ]);

    const pdfRow = list[0]!;
    expect(pdfRow.querySelector('[part~="preview"] svg'), 'PDF icon').to.exist;
    expect(pdfRow.querySelector('.details')!.textContent)
      .to.contain('PDF')
      .and.contain(formatBytes(pdfDoc.size, 'fr'))
      .and.contain('Ajouté le');
    expect(selectOf(pdfRow).value).to.equal(permis.id);
    expect(pdfRow.querySelector('.hint')!.textContent).to.contain('Suggestion');
    expect(pdfRow.querySelector('label')!.textContent).to.equal('Classer comme…');

    const imageRow = list[1]!;
    await until(el, () => imageRow.querySelector('[part~="preview"] img') !== null, 'thumbnail shown');
    expect(imageRow.querySelector<HTMLImageElement>('[part~="preview"] img')!.src).to.match(/^blob:/);
    expect(selectOf(imageRow).value).to.equal(carteGrise.id);

    const unknownRow = list[2]!;
    expect(selectOf(unknownRow).value).to.equal('');
    expect(unknownRow.querySelector('.hint')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('suggests only pieces that accept the kind of the document', async () => {
    const { client } = await seeded();
    // "RIB" accepts PDF only: a PNG named rib gets no suggestion rather than a refused one.
    await addPng(client, 'rib.png');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    expect(selectOf(rows(el, 'unclassified')[0]!).value).to.equal('');
  });

  it('"Classer" classifies to the chosen piece, fires dossier-document-classified and moves the row', async () => {
    const { client, permis } = await seeded();
    const doc = await addPdf(client, 'permis_conduire_recto.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const events = collect(el, 'dossier-document-classified');
    button(rows(el, 'unclassified')[0]!, 'classify').click();
    await until(el, () => rows(el, 'classified').length === 1, 'row moved to the classified section');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(permis.id);
    expect(events).to.have.length(1);
    const detail: DossierDocumentClassifiedDetail = events[0]!.detail;
    expect(detail.dossierId).to.equal('P-1');
    expect(detail.pieceId).to.equal(permis.id);
    expect(detail.document.id).to.equal(doc.id);
    expect(detail.document.pieceId).to.equal(permis.id);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(live(el)).to.equal('« permis_conduire_recto.pdf » classé comme Permis de conduire.');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('Aucun document à classer');
    await expect(el).to.be.accessible();
  });

  it('a choice the person makes wins over the suggestion', async () => {
    const { client, carteGrise } = await seeded();
    const doc = await addPdf(client, 'permis_conduire.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const row = rows(el, 'unclassified')[0]!;
    choose(selectOf(row), carteGrise.id);
    await el.updateComplete;
    expect(row.querySelector('.hint')).to.equal(null);
    button(row, 'classify').click();
    await until(el, () => rows(el, 'classified').length === 1, 'classified');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(carteGrise.id);
  });

  it('asks for a piece when none is chosen', async () => {
    const { client } = await seeded();
    const doc = await addPdf(client, 'scan.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const row = rows(el, 'unclassified')[0]!;
    button(row, 'classify').click();
    await el.updateComplete;
    expect(row.querySelector('[role="alert"]')!.textContent).to.equal('Choisissez d’abord la pièce attendue.');
    expect(selectOf(row).getAttribute('aria-invalid')).to.equal('true');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows core’s refusal on the row when the piece does not accept the kind, and changes nothing', async () => {
    const { client, permis } = await seeded();
    const image = await addPng(client, 'photo.png');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const events = collect(el, 'dossier-document-classified');
    const row = rows(el, 'unclassified')[0]!;
    choose(selectOf(row), permis.id);
    button(row, 'classify').click();
    await until(el, () => row.querySelector('[part~="error"]') !== null, 'error shown');
    const error = row.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent)
      .to.contain('« photo.png »')
      .and.contain('n’est pas d’un type accepté')
      .and.contain('(détecté : image PNG)')
      .and.contain('document PDF');
    expect(selectOf(row).getAttribute('aria-describedby')).to.contain(error.id);
    expect((await client.documents.get(image.id)).pieceId).to.equal(null);
    expect(rows(el, 'unclassified')).to.have.length(1);
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reclassifies and moves back to unclassified from the classified section', async () => {
    const { client, permis, carteGrise } = await seeded();
    const doc = await addPdf(client, 'scan.pdf', permis.id);
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('Aucun document à classer');
    const row = rows(el, 'classified')[0]!;
    expect(selectOf(row).value).to.equal(permis.id);
    expect(button(row, 'classify').textContent).to.contain('Reclasser');
    choose(selectOf(row), carteGrise.id);
    button(row, 'classify').click();
    await until(el, () => selectOf(rows(el, 'classified')[0]!).value === carteGrise.id, 'reclassified');
    await until(el, () => live(el).includes('Carte grise'), 'announced');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(carteGrise.id);

    const events = collect(el, 'dossier-document-classified');
    button(rows(el, 'classified')[0]!, 'unclassify').click();
    await until(el, () => rows(el, 'unclassified').length === 1 && rows(el, 'classified').length === 0, 'moved back');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(null);
    expect(events[0]!.detail.pieceId).to.equal(null);
    expect(live(el)).to.equal('« scan.pdf » remis à classer.');
    await expect(el).to.be.accessible();
  });

  it('"Supprimer" asks for confirmation, fires a cancelable request, then removes', async () => {
    const { client } = await seeded();
    const doc = await addPdf(client, 'doublon.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const requests = collect(el, 'dossier-document-remove-request');
    const removed = collect(el, 'dossier-document-removed');

    button(rows(el, 'unclassified')[0]!, 'remove').click();
    await el.updateComplete;
    const confirm = el.shadowRoot!.querySelector('[part~="confirm"]')!;
    expect(confirm.textContent).to.contain('Supprimer définitivement « doublon.pdf » ?');
    expect(el.shadowRoot!.activeElement).to.equal(button(rows(el, 'unclassified')[0]!, 'confirm-remove'));
    await expect(el).to.be.accessible();
    button(rows(el, 'unclassified')[0]!, 'cancel-remove').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="confirm"]')).to.equal(null);
    expect(requests).to.have.length(0);

    // The host vetoes: nothing is removed.
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('dossier-document-remove-request', veto, { once: true });
    button(rows(el, 'unclassified')[0]!, 'remove').click();
    await el.updateComplete;
    button(rows(el, 'unclassified')[0]!, 'confirm-remove').click();
    await el.updateComplete;
    expect(requests).to.have.length(1);
    expect(requests[0]!.cancelable).to.equal(true);
    expect(requests[0]!.detail.document.id).to.equal(doc.id);
    expect(await client.documents.list('P-1')).to.have.length(1);
    expect(live(el)).to.equal('« doublon.pdf » conservé.');

    button(rows(el, 'unclassified')[0]!, 'remove').click();
    await el.updateComplete;
    button(rows(el, 'unclassified')[0]!, 'confirm-remove').click();
    await until(el, () => rows(el, 'unclassified').length === 0, 'row removed');
    expect(await client.documents.list('P-1')).to.have.length(0);
    expect(requests).to.have.length(2);
    const detail: DossierDocumentRemovedDetail = removed[0]!.detail;
    expect(detail).to.deep.include({ dossierId: 'P-1' });
    expect(detail.document.id).to.equal(doc.id);
    expect(live(el)).to.equal('« doublon.pdf » supprimé.');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('revokes thumbnail URLs when a document goes away and on disconnect', async () => {
    const { client } = await seeded();
    const image = await addPng(client, 'photo.png');
    await client.documents.add('P-1', {
      blob: new Blob([await samplePng().arrayBuffer(), new Uint8Array([0])], { type: 'image/png' }),
      name: 'photo2.png',
    });
    const revoke = URL.revokeObjectURL;
    const revoked: string[] = [];
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke.call(URL, url);
    };
    try {
      const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
      await loaded(el);
      await until(el, () => el.shadowRoot!.querySelectorAll('[part~="preview"] img').length === 2, 'two thumbnails');
      const firstUrl = rowNamed(el, 'photo.png')!.querySelector('img')!.src;
      const secondUrl = rowNamed(el, 'photo2.png')!.querySelector('img')!.src;
      await client.documents.remove(image.id);
      await until(el, () => rows(el, 'unclassified').length === 1, 'removed elsewhere');
      expect(revoked).to.deep.equal([firstUrl]);
      el.remove();
      expect(revoked).to.deep.equal([firstUrl, secondUrl]);
    } finally {
      URL.revokeObjectURL = revoke;
    }
  });

  it('updates live when a document is added elsewhere, and leaves other dossiers alone', async () => {
    const { client } = await seeded();
    await client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul', email: 'paul@example.fr' } });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('Aucun document à classer');
    await expect(el).to.be.accessible();
    const before = el.renderCount;
    await client.documents.add('P-2', { blob: samplePdf('other'), name: 'autre.pdf' });
    await tick();
    await el.updateComplete;
    expect(el.renderCount).to.equal(before);
    await addPdf(client, 'rib.pdf');
    await until(el, () => rows(el, 'unclassified').length === 1, 'new document listed');
    expect(selectOf(rows(el, 'unclassified')[0]!).selectedOptions[0]!.textContent).to.equal('RIB');
  });

  it('renders hostile file names and piece labels as text', async () => {
    const { client } = await seeded();
    await client.pieces.add('auto', { label: HOSTILE });
    await addPdf(client, `${HOSTILE}.pdf`);
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const row = rows(el, 'unclassified')[0]!;
    expect(row.querySelector('[part~="name"]')!.textContent).to.equal(`${HOSTILE}.pdf`);
    expect([...selectOf(row).options].map((o) => o.textContent)).to.include(HOSTILE);
    // The hostile label is also the suggestion: "img", "src"… match its words; it is still only text.
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    button(row, 'remove').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="confirm"]')!.textContent).to.contain(`« ${HOSTILE}.pdf »`);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English, and switches live with the provider', async () => {
    const { client, permis } = await seeded();
    const image = await addPng(client, 'photo.png');
    const provider = await fixture(
      html`<dossier-provider .client=${client} locale="en"><dossier-indexer dossier-id="P-1"></dossier-indexer></dossier-provider>`,
    );
    const el = provider.querySelector('dossier-indexer')!;
    await loaded(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Document indexing');
    const row = rows(el, 'unclassified')[0]!;
    expect(row.querySelector('label')!.textContent).to.equal('Classify as…');
    expect(row.querySelector('.details')!.textContent).to.contain('Added on').and.contain(formatBytes(image.size, 'en'));
    choose(selectOf(row), permis.id);
    button(row, 'classify').click();
    await until(el, () => row.querySelector('[part~="error"]') !== null, 'error shown');
    expect(row.querySelector('[part~="error"]')!.textContent).to.contain('is not of an accepted type');
    provider.setAttribute('locale', 'fr');
    await tick();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Indexation des documents');
  });

  it('shows a read-only list for a closed dossier', async () => {
    const { client, permis } = await seeded();
    await addPdf(client, 'scan.pdf');
    await addPdf(client, 'permis.pdf', permis.id);
    await client.dossiers.markLost('P-1');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Ce dossier est clos');
    expect(rows(el, 'unclassified')).to.have.length(1);
    expect(rows(el, 'classified')[0]!.textContent).to.contain('Permis de conduire');
    expect(el.shadowRoot!.querySelectorAll('select, [data-action]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the localized error of an unknown dossier, with a retry', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="nope"></dossier-indexer>`);
    await loaded(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Introuvable');
    expect(alert.querySelector('button')!.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('shows its loading state, then says when it has no client', async () => {
    const { client } = await seeded();
    const slow: DossierClient = Object.create(client, { dossiers: { value: { ...client.dossiers, get: () => new Promise(() => {}) } } });
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${slow} dossier-id="P-1"></dossier-indexer>`);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    const orphan = await fixture<DossierIndexer>(html`<dossier-indexer dossier-id="P-1"></dossier-indexer>`);
    expect(orphan.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(orphan).to.be.accessible();
  });

  it('is keyboard-operable: Tab from the choice to "Classer", Enter classifies', async () => {
    const { client, permis } = await seeded();
    const doc = await addPdf(client, 'permis.pdf');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const row = rows(el, 'unclassified')[0]!;
    selectOf(row).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(row, 'classify'));
    await sendKeys({ press: 'Enter' });
    await until(el, () => rows(el, 'classified').length === 1, 'classified with the keyboard');
    expect((await client.documents.get(doc.id)).pieceId).to.equal(permis.id);
  });

  it('names each kind in words and badges a password-protected document, in both locales', async () => {
    const { client } = await seeded();
    // An encrypted PDF whose security handler core cannot try: flagged, as a document that may not open.
    const locked = new Blob([
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt << /Filter /PubSec >> >>\nstartxref\n9\n%%EOF\n',
    ]);
    const document = await client.documents.add('P-1', { blob: locked, name: 'verrouille.pdf' });
    expect(document.passwordProtected).to.equal(true);
    await addPng(client, 'photo.png');
    const el = await fixture<DossierIndexer>(html`<dossier-indexer .client=${client} dossier-id="P-1"></dossier-indexer>`);
    await loaded(el);
    const lockedRow = rowNamed(el, 'verrouille.pdf')!;
    expect(lockedRow.querySelector('[part~="password-badge"]')!.textContent).to.equal('Protégé par mot de passe');
    expect(lockedRow.querySelector('.details')!.textContent).to.contain('document PDF');
    expect(rowNamed(el, 'photo.png')!.querySelector('[part~="password-badge"]')).to.equal(null);
    expect(rowNamed(el, 'photo.png')!.querySelector('.details')!.textContent).to.contain('image PNG');
    el.locale = 'en';
    await el.updateComplete;
    expect(rowNamed(el, 'verrouille.pdf')!.querySelector('[part~="password-badge"]')!.textContent).to.equal('Password-protected');
    await expect(el).to.be.accessible();
  });
});
