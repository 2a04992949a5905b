import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { sampleFile, samplePdf } from '@dossier/core/testing';
import '../src/components/drop-zone/define.js';
import type { DossierDropZone } from '../src/components/drop-zone/dossier-drop-zone.component.js';
import type { DossierDocumentAddedDetail } from '../src/events/dossier-document-added-event.js';
import type { DossierDocumentRejectedDetail } from '../src/events/dossier-document-rejected-event.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  carteGrise: ExpectedPiece;
}

async function seeded(): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], maxBytes: 5 * 1024 * 1024 });
  const carteGrise = await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return { client, permis, carteGrise };
}

const pdf = (name: string, seed = name): File => new File([samplePdf(seed)], name, { type: 'application/pdf' });

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Waits until the element's data has loaded (or failed). */
async function loaded(el: DossierDropZone): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part~="zone"], [role="alert"]'); i += 1) {
    await tick();
    await el.updateComplete;
  }
  await tick();
  await el.updateComplete;
}

/** Waits until `count` files are listed and every one of them is finished. */
async function finished(el: DossierDropZone, count: number): Promise<void> {
  const done = () => el.files.length >= count && el.files.every((f) => ['stored', 'rejected', 'skipped'].includes(f.step));
  for (let i = 0; i < 300 && !done(); i += 1) await tick();
  await el.updateComplete;
  expect(done(), `files: ${JSON.stringify(el.files.map((f) => [f.name, f.step]))}`).to.equal(true);
}

const part = (el: DossierDropZone, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const rows = (el: DossierDropZone) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="file"]')];
const live = (el: DossierDropZone) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

function transfer(files: readonly File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  return dt;
}

function drop(el: DossierDropZone, files: readonly File[], target: Element = part(el, 'zone')): DataTransfer {
  const dataTransfer = transfer(files);
  target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
  return dataTransfer;
}

function collect<K extends 'dossier-document-added' | 'dossier-document-rejected'>(
  el: HTMLElement,
  name: K,
): HTMLElementEventMap[K]['detail'][] {
  const details: HTMLElementEventMap[K]['detail'][] = [];
  el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
  return details;
}

/** Replaces the hidden input's `click` (which would open the OS dialog) by a counter. */
function spyPicker(el: DossierDropZone): { calls: number } {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const spy = { calls: 0 };
  input.click = () => {
    spy.calls += 1;
  };
  return spy;
}

describe('dossier-drop-zone', () => {
  it('renders the French prompt, a real focusable button and a hidden multiple file input; axe-clean when empty', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    expect(part(el, 'label').textContent).to.equal('Déposez un document ici ou cliquez pour le sélectionner');
    const button = part(el, 'button') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent!.trim()).to.equal('Ajouter document');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).to.equal(true);
    expect(input.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('stores a dropped PDF and fires dossier-document-added with the document', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const added = collect(el, 'dossier-document-added');
    drop(el, [pdf('permis.pdf')]);
    await finished(el, 1);
    expect(el.files[0]!.step).to.equal('stored');
    expect(added).to.have.length(1);
    const detail: DossierDocumentAddedDetail = added[0]!;
    expect(detail.dossierId).to.equal('P-1');
    expect(detail.document.originalName).to.equal('permis.pdf');
    expect(detail.document.mediaType).to.equal('application/pdf');
    expect(detail.document.pieceId).to.equal(null);
    const stored = await client.documents.list('P-1');
    expect(stored.map((d) => d.id)).to.deep.equal([detail.document.id]);
    const [row] = rows(el);
    expect(row!.querySelector('[part~="file-name"]')!.textContent).to.equal('permis.pdf');
    expect(row!.querySelector('[part~="file-status"]')!.textContent).to.equal('Enregistré');
    expect(live(el)).to.contain('permis.pdf').and.to.contain('enregistré');
    await expect(el).to.be.accessible();
  });

  it('with piece-id: shows the accepted kinds and size limit, refuses a PNG renamed .pdf and stores the good PDF', async () => {
    const { client, permis } = await seeded();
    const el = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${client} dossier-id="P-1" piece-id=${permis.id}></dossier-drop-zone>`,
    );
    await loaded(el);
    const hint = part(el, 'hint').textContent!;
    expect(hint).to.contain('Permis de conduire').and.to.contain('PDF').and.to.contain('5\u00a0Mo au maximum');
    expect(el.shadowRoot!.querySelector('input')!.accept).to.equal('application/pdf');
    const added = collect(el, 'dossier-document-added');
    const rejected = collect(el, 'dossier-document-rejected');
    drop(el, [pdf('permis.pdf'), sampleFile('png', 'photo.pdf', { type: 'application/pdf' })]);
    await finished(el, 2);
    expect(el.files.map((f) => f.step)).to.deep.equal(['stored', 'rejected']);
    const [good, bad] = rows(el);
    expect(good!.textContent).to.contain('Enregistré');
    expect(bad!.getAttribute('part')).to.contain('file-rejected');
    expect(bad!.querySelector('[part~="file-status"]')!.textContent).to.equal('Refusé');
    expect(bad!.querySelector('[part~="file-message"]')!.textContent).to.contain('n’est pas d’un type accepté').and.to.contain('photo.pdf');
    expect(added).to.have.length(1);
    expect(added[0]!.document.pieceId).to.equal(permis.id);
    expect(rejected).to.have.length(1);
    const detail: DossierDocumentRejectedDetail = rejected[0]!;
    expect(detail).to.deep.include({ dossierId: 'P-1', fileName: 'photo.pdf' });
    expect(detail.error.code).to.equal('file-type-not-accepted');
    expect(detail.error.message).to.contain('n’est pas d’un type accepté');
    const stored = await client.documents.list('P-1');
    expect(stored.map((d) => d.originalName)).to.deep.equal(['permis.pdf']);
    expect(live(el)).to.contain('1 enregistré').and.to.contain('1 refusé').and.to.contain('n’est pas d’un type accepté');
    await expect(el).to.be.accessible();
  });

  it('refuses an empty file with the localized message and stores nothing', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const rejected = collect(el, 'dossier-document-rejected');
    drop(el, [new File([], 'vide.pdf', { type: 'application/pdf' })]);
    await finished(el, 1);
    expect(rejected[0]!.error.code).to.equal('file-empty');
    expect(rows(el)[0]!.textContent).to.contain('est vide');
    expect(await client.documents.list('P-1')).to.have.length(0);
  });

  it('refuses a duplicate of a document already in the dossier', async () => {
    const { client } = await seeded();
    await client.documents.add('P-1', pdf('original.pdf', 'same'));
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const rejected = collect(el, 'dossier-document-rejected');
    drop(el, [pdf('copie.pdf', 'same')]);
    await finished(el, 1);
    expect(rejected[0]!.error.code).to.equal('duplicate-document');
    expect(rows(el)[0]!.textContent).to.contain('a déjà été ajouté');
    expect(await client.documents.list('P-1')).to.have.length(1);
  });

  it('a cancelled dossier-document-add-request stores nothing and lists the file as ignored', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const requests: { dossierId: string; pieceId: string | null; file: File }[] = [];
    el.addEventListener('dossier-document-add-request', (event) => {
      requests.push(event.detail);
      if (event.detail.file.name === 'veto.pdf') event.preventDefault();
    });
    const added = collect(el, 'dossier-document-added');
    const file = pdf('veto.pdf');
    drop(el, [file, pdf('ok.pdf')]);
    await finished(el, 2);
    expect(requests).to.have.length(2);
    expect(requests[0]).to.deep.equal({ dossierId: 'P-1', pieceId: null, file });
    expect(el.files.map((f) => f.step)).to.deep.equal(['skipped', 'stored']);
    expect(rows(el)[0]!.textContent!.toLowerCase()).to.contain('ignoré');
    expect(added.map((d) => d.document.originalName)).to.deep.equal(['ok.pdf']);
    expect((await client.documents.list('P-1')).map((d) => d.originalName)).to.deep.equal(['ok.pdf']);
  });

  it('stores a pasted file', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const button = part(el, 'button');
    button.focus();
    const clipboardData = transfer([pdf('colle.pdf')]);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(event);
    await finished(el, 1);
    expect(event.defaultPrevented).to.equal(true);
    expect((await client.documents.list('P-1')).map((d) => d.originalName)).to.deep.equal(['colle.pdf']);
  });

  it('an empty drop or a paste of text adds nothing and says so', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', 'juste du texte');
    part(el, 'zone').dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(el.files).to.have.length(0);
    expect(live(el)).to.equal('Aucun fichier dans ce qui a été déposé : rien n’a été ajouté.');
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'texte');
    part(el, 'button').dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(live(el)).to.contain('collé');
    expect(await client.documents.list('P-1')).to.have.length(0);
  });

  it('Enter and Space on the focused button open the file picker; a click anywhere on the zone too, once', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const spy = spyPicker(el);
    const button = part(el, 'button');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    expect(spy.calls).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(spy.calls).to.equal(2);
    part(el, 'label').click();
    expect(spy.calls).to.equal(3);
    button.click();
    expect(spy.calls).to.equal(4);
  });

  it('stores the files chosen in the picker; openPicker({ pieceId }) classifies that pick only', async () => {
    const { client, carteGrise } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    spyPicker(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    el.openPicker({ pieceId: carteGrise.id });
    input.files = transfer([pdf('carte.pdf')]).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await finished(el, 1);
    el.openPicker();
    input.files = transfer([pdf('autre.pdf')]).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await finished(el, 2);
    const stored = await client.documents.list('P-1');
    expect(stored.map((d) => [d.originalName, d.pieceId])).to.deep.equal([
      ['carte.pdf', carteGrise.id],
      ['autre.pdf', null],
    ]);
    expect(input.value).to.equal('');
  });

  it('shows drag-over feedback from dragenter to the matching dragleave or the drop, without flicker over children', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    const zone = part(el, 'zone');
    const label = part(el, 'label');
    const drag = (target: Element, type: string) =>
      target.dispatchEvent(new DragEvent(type, { dataTransfer: new DataTransfer(), bubbles: true, composed: true, cancelable: true }));
    drag(zone, 'dragenter');
    await el.updateComplete;
    expect(el.hasAttribute('dragover')).to.equal(true);
    expect(zone.getAttribute('part')).to.contain('dragover');
    expect(label.textContent).to.equal('Relâchez pour ajouter les fichiers');
    drag(label, 'dragenter');
    drag(zone, 'dragleave');
    await el.updateComplete;
    expect(el.hasAttribute('dragover'), 'still over a child').to.equal(true);
    const over = new DragEvent('dragover', { dataTransfer: new DataTransfer(), bubbles: true, composed: true, cancelable: true });
    label.dispatchEvent(over);
    expect(over.defaultPrevented, 'dragover allows the drop').to.equal(true);
    drag(label, 'dragleave');
    await el.updateComplete;
    expect(el.hasAttribute('dragover')).to.equal(false);
    expect(zone.getAttribute('part')).to.equal('zone');
    drag(zone, 'dragenter');
    await el.updateComplete;
    expect(el.hasAttribute('dragover')).to.equal(true);
    drop(el, [pdf('a.pdf')]);
    await el.updateComplete;
    expect(el.hasAttribute('dragover')).to.equal(false);
    await finished(el, 1);
  });

  it('treats piece-id="" as no piece', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1" piece-id=""></dossier-drop-zone>`);
    await loaded(el);
    const [row] = await el.addFiles([pdf('libre.pdf')]);
    expect(row!.step).to.equal('stored');
    expect(row!.document!.pieceId).to.equal(null);
  });

  it('keeps every file listed until dismissed', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1"></dossier-drop-zone>`);
    await loaded(el);
    drop(el, [pdf('a.pdf'), new File([], 'b.pdf'), pdf('c.pdf')]);
    await finished(el, 3);
    expect(rows(el)).to.have.length(3);
    const dismiss = rows(el)[1]!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!;
    expect(dismiss.getAttribute('aria-label')).to.equal('Retirer « b.pdf » de la liste');
    dismiss.click();
    await el.updateComplete;
    expect(rows(el).map((r) => r.querySelector('[part~="file-name"]')!.textContent)).to.deep.equal(['a.pdf', 'c.pdf']);
    part(el, 'clear').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
  });

  it('with multiple="false", lists the extra files as refused instead of losing them', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${client} dossier-id="P-1" multiple="false"></dossier-drop-zone>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('input')!.multiple).to.equal(false);
    const rejected = collect(el, 'dossier-document-rejected');
    drop(el, [pdf('un.pdf'), pdf('deux.pdf')]);
    await finished(el, 2);
    expect(el.files.map((f) => f.step)).to.deep.equal(['stored', 'rejected']);
    expect(rejected.map((r) => [r.fileName, r.error.code])).to.deep.equal([['deux.pdf', 'invalid-input']]);
    expect(rows(el)[1]!.textContent).to.contain('un seul fichier à la fois');
  });

  it('when disabled, ignores drops, pastes and clicks', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierDropZone>(html`<dossier-drop-zone .client=${client} dossier-id="P-1" disabled></dossier-drop-zone>`);
    await loaded(el);
    const spy = spyPicker(el);
    expect((part(el, 'button') as HTMLButtonElement).disabled).to.equal(true);
    const event = new DragEvent('drop', { dataTransfer: transfer([pdf('a.pdf')]), bubbles: true, composed: true, cancelable: true });
    part(el, 'zone').dispatchEvent(event);
    expect(event.defaultPrevented, 'the browser must not open the file').to.equal(true);
    part(el, 'zone').click();
    await tick();
    expect(spy.calls).to.equal(0);
    expect(el.files).to.have.length(0);
    expect(await client.documents.list('P-1')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders hostile file names and labels as text', async () => {
    const { client } = await seeded();
    const piece = await client.pieces.add('auto', { label: HOSTILE, accept: ['application/pdf'] });
    const el = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${client} dossier-id="P-1" piece-id=${piece.id} label=${HOSTILE}></dossier-drop-zone>`,
    );
    await loaded(el);
    drop(el, [pdf(`${HOSTILE}.pdf`), new File([], `${HOSTILE}.pdf`)]);
    await finished(el, 2);
    expect(part(el, 'label').textContent).to.equal(HOSTILE);
    expect(part(el, 'hint').textContent).to.contain(HOSTILE);
    expect(rows(el)[0]!.querySelector('[part~="file-name"]')!.textContent).to.equal(`${HOSTILE}.pdf`);
    expect(rows(el)[1]!.textContent).to.contain(`${HOSTILE}.pdf`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('speaks English with locale="en", errors included', async () => {
    const { client, permis } = await seeded();
    const el = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${client} dossier-id="P-1" piece-id=${permis.id} locale="en"></dossier-drop-zone>`,
    );
    await loaded(el);
    expect(part(el, 'label').textContent).to.equal('Drop a document here or click to choose one');
    expect(part(el, 'button').textContent!.trim()).to.equal('Add document');
    expect(part(el, 'hint').textContent).to.contain('accepted kinds: PDF').and.to.contain('5\u00a0MB at most');
    const rejected = collect(el, 'dossier-document-rejected');
    drop(el, [sampleFile('png', 'photo.pdf', { type: 'application/pdf' })]);
    await finished(el, 1);
    expect(rows(el)[0]!.querySelector('[part~="file-status"]')!.textContent).to.equal('Refused');
    expect(rejected[0]!.error.message).to.match(/^The file/);
    expect(rows(el)[0]!.querySelector('[part~="file-message"]')!.textContent).to.match(/^The file/);
    await expect(el).to.be.accessible();
  });

  it('has a no-client, a loading and an error state, each axe-clean', async () => {
    const none = await fixture<DossierDropZone>(html`<dossier-drop-zone dossier-id="P-1"></dossier-drop-zone>`);
    expect(none.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(none).to.be.accessible();
    const [orphan] = await none.addFiles([pdf('orphelin.pdf')]);
    await none.updateComplete;
    expect(orphan!.step, 'a file given without a client is refused, not lost').to.equal('rejected');
    expect(rows(none)[0]!.textContent).to.contain('orphelin.pdf').and.to.contain('Aucun client Dossier');

    const { client } = await seeded();
    const stuck: DossierClient = { ...client, pieces: { ...client.pieces, get: () => new Promise(() => {}) } };
    const loading = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${stuck} dossier-id="P-1" piece-id="any"></dossier-drop-zone>`,
    );
    await loading.updateComplete;
    expect(part(loading, 'button')).to.exist;
    await expect(loading).to.be.accessible();

    const broken = await fixture<DossierDropZone>(
      html`<dossier-drop-zone .client=${client} dossier-id="P-1" piece-id="nope"></dossier-drop-zone>`,
    );
    for (let i = 0; i < 50 && !broken.shadowRoot!.querySelector('[part~="hint"] .error'); i += 1) {
      await tick();
      await broken.updateComplete;
    }
    expect(part(broken, 'hint').textContent).to.contain('Introuvable');
    await expect(broken).to.be.accessible();
  });
});
