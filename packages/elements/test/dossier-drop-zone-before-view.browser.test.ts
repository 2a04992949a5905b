import { expect } from '@open-wc/testing';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/drop-zone/define.js';
import type { DossierDropZone } from '../src/components/drop-zone/dossier-drop-zone.component.js';
import type { DossierDocumentRejectedDetail } from '../src/events/dossier-document-rejected-event.js';

// A file of its own: the drop zone's view (its rendering, loaded on its first update) must not have
// been loaded by an earlier test of the page. Its public methods take files before that.

async function seeded(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return client;
}

const pdf = (name: string): File => new File([samplePdf(name)], name, { type: 'application/pdf' });
const viewReady = (): boolean => (customElements.get('dossier-drop-zone') as unknown as { view: { ready: boolean } }).view.ready;

describe('<dossier-drop-zone> before its view has loaded', () => {
  it('addFiles validates and stores, refuses the extra files of multiple="false", dismiss and clearFinished work; the rows render once it loads', async () => {
    const client = await seeded();
    const el = document.createElement('dossier-drop-zone') as DossierDropZone;
    el.client = client;
    el.dossierId = 'P-1';
    el.multiple = false;
    const rejected: DossierDocumentRejectedDetail[] = [];
    el.addEventListener('dossier-document-rejected', (e) => rejected.push((e as CustomEvent<DossierDocumentRejectedDetail>).detail));

    // Never connected yet: no update, so no view.
    const done = await el.addFiles([pdf('avant.pdf'), pdf('en-trop.pdf')]);
    expect(viewReady(), 'the view is not loaded').to.equal(false);
    expect(done.map((row) => [row.name, row.step])).to.deep.equal([
      ['avant.pdf', 'stored'],
      ['en-trop.pdf', 'rejected'],
    ]);
    expect((await client.documents.list('P-1')).map((d) => d.originalName)).to.deep.equal(['avant.pdf']);
    expect(rejected.map((r) => r.fileName)).to.deep.equal(['en-trop.pdf']);
    expect(rejected[0]!.error.message).to.contain('un seul fichier à la fois');

    el.dismiss(done[1]!.id);
    expect(el.files.map((row) => row.name)).to.deep.equal(['avant.pdf']);

    document.body.append(el);
    await el.updateComplete;
    expect(viewReady(), 'loaded on the first update').to.equal(true);
    const listed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="file"]')].map((row) => [
      row.querySelector('[part="file-name"]')!.textContent,
      row.dataset.step,
    ]);
    expect(listed).to.deep.equal([['avant.pdf', 'stored']]);

    el.clearFinished();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="files"]')).to.equal(null);
    el.remove();
    await client.close();
  });
});
