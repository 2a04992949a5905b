import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece, type PortalConnection } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import '../src/components/portal/define.js';
import type { DossierPortal } from '../src/components/portal/dossier-portal.component.js';

interface Seeded {
  client: DossierClient;
  permis: ExpectedPiece;
  carte: ExpectedPiece;
  token: string;
  connection: PortalConnection;
  /** Holds the next upload at half its bytes until `release()`. */
  holdNextUpload(): { release(): void };
}

async function seeded(): Promise<Seeded> {
  const client = createDossierClient({ storage: createMemoryStorage(), cabinetName: 'Courtage Martin & Associés' });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', {
    label: 'Permis de conduire',
    accept: ['application/pdf'],
    instructions: 'Recto et verso, lisibles.',
  });
  const carte = await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  const { token } = await client.uploadLinks.create('P-1');
  let gate: Promise<void> | undefined;
  const connection: PortalConnection = {
    view: () => client.portal.view(token),
    upload: async (pieceId, file, options = {}) => {
      const size = file instanceof Blob ? file.size : file.blob.size;
      options.onProgress?.(Math.floor(size / 2), size);
      if (gate) {
        const held = gate;
        gate = undefined;
        await held;
      }
      const sent = await client.portal.upload(token, pieceId, file);
      options.onProgress?.(size, size);
      return sent;
    },
  };
  return {
    client,
    permis,
    carte,
    token,
    connection,
    holdNextUpload() {
      let release = () => {};
      gate = new Promise<void>((resolve) => (release = resolve));
      return { release: () => release() };
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
const part = (el: DossierPortal, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: DossierPortal, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Waits until `condition` holds on the rendered element. */
async function until(el: DossierPortal, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) {
    await tick();
    await el.updateComplete;
  }
  expect(condition(), 'condition reached').to.equal(true);
}

/** Picks files in a piece's picker as a person would (the file dialog's result, then `change`). */
function pick(el: DossierPortal, pieceId: string, files: File[], camera = false): void {
  const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[type="file"][data-piece="${pieceId}"]`)];
  const input = inputs.find((candidate) => candidate.hasAttribute('capture') === camera);
  expect(input, 'a file input for the piece').to.exist;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input!.files = transfer.files;
  input!.dispatchEvent(new Event('change', { bubbles: true }));
}

const pdf = (name: string, seed = name) => new File([samplePdf(seed)], name, { type: 'application/pdf' });

describe('<dossier-portal>', () => {
  before(async () => {
    await setViewport({ width: 375, height: 667 });
  });

  it('shows the greeting, the cabinet, each requested piece with its instructions and rules, on a phone, axe-clean', async () => {
    const { connection } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    const header = part(el, 'header')!.textContent!;
    expect(header).to.include('Bonjour Jeanne,');
    expect(header).to.include('Courtage Martin & Associés');
    expect(header).not.to.include('Martin,');
    const [first] = parts(el, 'piece');
    expect(first!.querySelector('h2')!.textContent).to.equal('Permis de conduire');
    expect(first!.querySelector('[part~="instructions"]')!.textContent).to.equal('Recto et verso, lisibles.');
    expect(first!.querySelector('[part~="rules"]')!.textContent).to.match(/PDF/);
    expect(first!.querySelector('[part~="status"]')!.textContent).to.equal('À envoyer');
    // The PDF-only piece has no camera; the one taking images does, with `capture`.
    expect(first!.querySelectorAll('input[capture]')).to.have.length(0);
    expect(parts(el, 'piece')[1]!.querySelector('input[capture="environment"][accept="image/*"]')).to.exist;
    expect(first!.querySelector('input[type="file"]')!.hasAttribute('multiple')).to.equal(true);
    expect(el.scrollWidth, 'no horizontal scroll at 375 px').to.be.at.most(375);
    await expect(el).to.be.accessible();
  });

  it('sends several files for a piece, each with its progress bar, and shows them received', async () => {
    const { connection, carte, client, holdNextUpload } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    const hold = holdNextUpload();
    pick(el, carte.id, [pdf('carte-recto.pdf'), new File([samplePng()], 'carte-verso.png', { type: 'image/png' })]);
    await until(el, () => el.shadowRoot!.querySelector('progress') !== null);
    const progress = el.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.equal(50);
    expect(progress.getAttribute('aria-label')).to.match(/carte-recto\.pdf.*50/);
    await expect(el).to.be.accessible();
    hold.release();
    await until(
      el,
      () => el.shadowRoot!.querySelectorAll('progress').length === 0 && parts(el, 'piece')[1]!.textContent!.includes('Reçu — à vérifier'),
    );
    const docs = await client.documents.list('P-1');
    expect(docs.map((d) => d.originalName).sort()).to.deep.equal(['carte-recto.pdf', 'carte-verso.png']);
    expect(docs.every((d) => d.review?.status === 'pending')).to.equal(true);
  });

  it('refuses a file of the wrong kind in clear words, before sending it', async () => {
    const { connection, permis, client } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    pick(el, permis.id, [new File([samplePng()], 'scan.png', { type: 'image/png' })]);
    await until(el, () => part(el, 'refusal') !== null);
    expect(part(el, 'refusal')!.textContent).to.equal('« scan.png » n’est pas accepté : ce document doit être un fichier document PDF.');
    expect(part(el, 'refusal')!.getAttribute('role')).to.equal('alert');
    expect(await client.documents.list('P-1')).to.deep.equal([]);
  });

  it('shows the server’s refusal of a file whose bytes are not what its type says', async () => {
    const { connection, permis } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    pick(el, permis.id, [new File([samplePng()], 'permis.pdf', { type: 'application/pdf' })]);
    await until(el, () => part(el, 'refusal') !== null);
    expect(part(el, 'refusal')!.textContent).to.include('« permis.pdf » n’a pas été envoyé.');
    expect(part(el, 'refusal')!.textContent).to.include('n’est pas accepté');
  });

  it('shows the broker’s refusal with its reason, and takes a new file for the piece', async () => {
    const { connection, permis, client } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    pick(el, permis.id, [pdf('permis-flou.pdf')]);
    await until(el, () => parts(el, 'piece')[0]!.textContent!.includes('Reçu — à vérifier'));
    const [document] = await client.documents.list('P-1');
    await client.documents.reject(document!.id, { reason: 'illegible', note: 'La photo est floue.' });
    await el.reload();
    await until(el, () => part(el, 'rejection') !== null);
    expect(part(el, 'rejection')!.textContent).to.include('le document est illisible');
    expect(part(el, 'rejection')!.textContent).to.include('La photo est floue.');
    expect(parts(el, 'piece')[0]!.querySelector('[part~="status"]')!.textContent).to.equal('Refusé — à renvoyer');
    pick(el, permis.id, [pdf('permis-net.pdf')]);
    await until(el, () => part(el, 'rejection') === null);
    expect((await client.documents.list('P-1')).length).to.equal(2);
  });

  it('"Terminé" shows a summary, by keyboard, and goes back', async () => {
    const { connection, carte } = await seeded();
    const el = await fixture<DossierPortal>(html`<dossier-portal .connection=${connection}></dossier-portal>`);
    await until(el, () => parts(el, 'piece').length === 2);
    pick(el, carte.id, [pdf('carte.pdf')]);
    await until(el, () => parts(el, 'piece')[1]!.textContent!.includes('Reçu — à vérifier'));
    part(el, 'done')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => part(el, 'summary') !== null);
    const summary = part(el, 'summary')!;
    expect(summary.textContent).to.include('Récapitulatif');
    expect(summary.textContent).to.include('1 fichier envoyé.');
    expect(summary.textContent).to.include('1 document reste à envoyer.');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await expect(el).to.be.accessible();
    summary.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => parts(el, 'piece').length === 2);
  });

  it('says plainly when the link no longer works, in English too', async () => {
    const { connection, client, token } = await seeded();
    const links = await client.uploadLinks.list('P-1');
    await client.uploadLinks.revoke(links[0]!.id);
    expect(token).to.have.length(43);
    const el = await fixture<DossierPortal>(html`<dossier-portal locale="en" .connection=${connection}></dossier-portal>`);
    await until(el, () => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'This link no longer works. Ask your broker for a new one.',
    );
  });
});
