import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DossierError, isDossierError } from '@dossier/core';
import { samplePng } from '@dossier/core/testing';
import { openFrame } from '../support/open-frame.js';
import { armFilePicker, pdfBytes } from '../support/pick-files.js';
import { seedHost, type SeededHost } from '../support/seed-host.js';
import { waitUntil } from '../support/wait-until.js';

/** What the test reads of a built drop zone in the frame. */
interface FrameDropZone extends HTMLElement {
  client?: unknown;
  readonly files: readonly { readonly name: string; readonly step: string; readonly error?: unknown }[];
  readonly updateComplete: Promise<boolean>;
}

// Issue 10, defect 2: a same-origin iframe with its own copy of the elements, given the parent's
// client, refused a picked PDF with "Saisie invalide (file)": core checked `instanceof File/Blob`
// and `instanceof Error`, which are false for objects of another realm.
describe('a frame with its own copy of the elements, on the parent page’s client (built packages)', () => {
  let frame: HTMLIFrameElement;
  let host: SeededHost;

  beforeEach(async () => {
    host = await seedHost('fr', 1);
    frame = await openFrame('/test/built/pages/frame-elements.html', { height: 400 });
    await waitUntil(() => frame.contentWindow!.frameReady === true, 'the frame’s elements');
  });

  afterEach(() => frame.remove());

  /** A drop zone of the frame on the parent's client, for the PDF-only piece. */
  async function frameDropZone(): Promise<FrameDropZone> {
    const zone = frame.contentDocument!.createElement('dossier-drop-zone') as FrameDropZone;
    zone.setAttribute('dossier-id', host.proposalId);
    zone.setAttribute('piece-id', host.pieces[1]!.id);
    zone.client = host.client;
    frame.contentDocument!.body.append(zone);
    await waitUntil(
      () => !!zone.shadowRoot?.querySelector('[part~="button"]') && !!zone.shadowRoot.querySelector('input[accept]'),
      'the drop zone',
    );
    return zone;
  }

  /** Picks files as a person would: Enter on "Ajouter document", then the file chooser. */
  async function pick(zone: FrameDropZone, file: { name: string; mimeType: string; bytes: Uint8Array }) {
    await armFilePicker([file]);
    const button = zone.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    // The key goes to the focused frame: make sure it is this one before pressing.
    frame.contentWindow!.focus();
    button.focus();
    await waitUntil(() => frame.contentDocument!.hasFocus() && zone.shadowRoot!.activeElement === button, 'focus on the frame’s button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => zone.files.length > 0 && ['stored', 'rejected', 'skipped'].includes(zone.files.at(-1)!.step),
      'the picked file’s outcome',
    );
    await zone.updateComplete;
    return zone.files.at(-1)!;
  }

  it('stores a picked PDF, its bytes and all', async () => {
    const zone = await frameDropZone();
    const before = (await host.client.completeness(host.proposalId)).requiredMissing;
    const added = new Promise<CustomEvent>((resolve) =>
      zone.addEventListener('dossier-document-added', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const row = await pick(zone, { name: 'carte-grise.pdf', mimeType: 'application/pdf', bytes: pdfBytes('carte grise') });
    expect(row.step, zone.shadowRoot!.textContent ?? '').to.equal('stored');
    const { document } = (await added).detail as { document: { id: string; originalName: string } };
    expect(document.originalName).to.equal('carte-grise.pdf');
    expect((await host.client.completeness(host.proposalId)).requiredMissing).to.equal(before - 1);
    const stored = await host.client.documents.read(document.id);
    expect(new Uint8Array(await stored.arrayBuffer())).to.deep.equal(pdfBytes('carte grise'));
  });

  it('refuses a PNG named .pdf with the reason, not "service unavailable"', async () => {
    const zone = await frameDropZone();
    const rejected = new Promise<CustomEvent>((resolve) =>
      zone.addEventListener('dossier-document-rejected', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const png = new Uint8Array(await samplePng().arrayBuffer());
    const row = await pick(zone, { name: 'scan.pdf', mimeType: 'application/pdf', bytes: png });
    expect(row.step).to.equal('rejected');
    const { error } = (await rejected).detail as { error: { code: string; message: string } };
    expect(error.code).to.equal('file-type-not-accepted');
    expect(zone.shadowRoot!.querySelector('[part~="file-message"]')!.textContent).to.equal(error.message);
    expect(error.message).to.not.match(/indisponible|invalide/i);
  });

  it('recognises a DossierError made in the other realm, both ways', () => {
    const frameCore = frame.contentWindow!.frameCore!;
    const fromFrame = new frameCore.DossierError('not-found', { kind: 'dossier', id: 'X' });
    expect(fromFrame instanceof Error, 'instanceof misses other realms').to.equal(false);
    expect(isDossierError(fromFrame)).to.equal(true);
    expect(isDossierError(fromFrame, 'not-found')).to.equal(true);
    expect(isDossierError(fromFrame, 'conflict')).to.equal(false);
    expect(frameCore.isDossierError(new DossierError('conflict'), 'conflict')).to.equal(true);
    // Look-alikes are not DossierErrors.
    expect(isDossierError({ name: 'DossierError', code: 'not-found', message: 'x' })).to.equal(false);
    expect(isDossierError(new (frame.contentWindow as unknown as typeof globalThis).Error('plain'))).to.equal(false);
  });
});
