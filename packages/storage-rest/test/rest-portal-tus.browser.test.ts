import { createDossierClient, type DossierClient } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { createRestPortal, createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers } from '@dossier/storage-rest/mock';
import { tusUploads } from '@dossier/storage-rest/tus';
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';

const MIB = 1024 * 1024;

// tus-js-client (XMLHttpRequest in the browser) through the service worker to the mock's tus
// handlers, as a page on the REST mock's storage would send a client's files.
describe('@dossier/storage-rest: resumable portal uploads (tus) on the msw mock, in Chromium', () => {
  const worker = setupWorker();
  const baseUrl = '/dossier-tus-api';
  let broker: DossierClient;
  let permisId: string;

  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(async () => {
    worker.stop();
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  beforeEach(async () => {
    worker.resetHandlers(...createDossierMockHandlers({ baseUrl }).handlers);
    broker = createDossierClient({ storage: createRestStorage({ baseUrl, pollIntervalMs: 50 }), cabinetName: 'Cabinet Leroy' });
    await broker.riskTypes.put({ id: 'auto', label: 'Automobile' });
    permisId = (await broker.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] })).id;
    await broker.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  });

  it('a file cut at half resumes from the offset the mock holds, not from zero, and arrives whole, "à vérifier"', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const portal = createRestPortal({ baseUrl, token, resumable: tusUploads({ chunkSize: MIB, retryDelays: [] }) });
    const file = samplePdf('tus-on-the-mock', 4 * MIB);
    const cut = new AbortController();
    const first: number[] = [];
    const outcome = await portal
      .upload(
        permisId,
        { blob: file, name: 'permis.pdf' },
        {
          signal: cut.signal,
          onProgress: (sent, total) => {
            first.push(sent);
            if (sent >= total / 2) cut.abort();
          },
        },
      )
      .then(
        () => 'resolved',
        (error: Error) => error.name,
      );
    expect(outcome).to.equal('AbortError');
    expect(await broker.documents.list('P-1')).to.deep.equal([]);
    const second: number[] = [];
    const sent = await portal.upload(permisId, { blob: file, name: 'permis.pdf' }, { onProgress: (done) => second.push(done) });
    expect(Math.min(...second)).to.be.at.least(MIB);
    expect(second.at(-1)).to.equal(file.size);
    expect(sent).to.deep.include({ name: 'permis.pdf', size: file.size, review: 'pending' });
    const [document] = await broker.documents.list('P-1');
    expect(document?.size).to.equal(file.size);
    expect(document?.review?.status).to.equal('pending');
  });

  it('an unknown link is refused as the server refuses it', async () => {
    const portal = createRestPortal({ baseUrl, token: 'x'.repeat(43), resumable: tusUploads({ retryDelays: [] }) });
    const outcome = await portal.upload(permisId, { blob: samplePdf('a'), name: 'a.pdf' }).then(
      () => 'resolved',
      (error: { code?: string; details?: { kind?: string } }) => `${error.code}:${error.details?.kind}`,
    );
    expect(outcome).to.equal('not-found:uploadLink');
  });
});
