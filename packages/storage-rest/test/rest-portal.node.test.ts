import { createDossierClient, isDossierError, type DossierClient } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { createRestPortal, createRestStorage } from '@dossier/storage-rest';
import { createDossierMockHandlers } from '@dossier/storage-rest/mock';
import { expect } from 'chai';
import { setupServer } from 'msw/node';

/** The code (and kind) a promise rejects with. */
async function failure(task: Promise<unknown>): Promise<string> {
  try {
    await task;
  } catch (error) {
    if (isDossierError(error)) return `${error.code}${error.details.kind ? `:${String(error.details.kind)}` : ''}`;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('@dossier/storage-rest: createRestPortal on the msw mock', () => {
  const server = setupServer();
  const baseUrl = 'https://dossier.test/api/portal';
  let broker: DossierClient;
  let permisId: string;

  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(async () => {
    const mock = createDossierMockHandlers({ baseUrl });
    server.resetHandlers(...mock.handlers);
    broker = createDossierClient({ storage: createRestStorage({ baseUrl, pollIntervalMs: 20 }), cabinetName: 'Cabinet Leroy' });
    await broker.riskTypes.put({ id: 'auto', label: 'Automobile' });
    permisId = (await broker.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], instructions: 'Recto et verso' })).id;
    await broker.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  });

  it('shows the link’s view, takes a file with its progress, and answers the mock as the server does', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const portal = createRestPortal({ baseUrl, token });
    const view = await portal.view();
    expect(view).to.deep.include({ cabinetName: 'Cabinet Leroy', clientFirstName: 'Jeanne', filesLeft: null });
    expect(view.pieces.map((piece) => [piece.label, piece.instructions, piece.status])).to.deep.equal([['Permis de conduire', 'Recto et verso', 'requested']]);
    const progress: number[] = [];
    const file = samplePdf('portal-rest');
    const sent = await portal.upload(permisId, { blob: file, name: 'permis.pdf' }, { onProgress: (done) => progress.push(done) });
    expect(sent).to.deep.include({ name: 'permis.pdf', size: file.size, review: 'pending' });
    expect(progress.at(-1)).to.equal(file.size);
    expect((await portal.view()).pieces[0]?.status).to.equal('received');
    const [document] = await broker.documents.list('P-1');
    expect(document?.review?.status).to.equal('pending');
  });

  it('refuses alike an unknown, a revoked and a used-up link, and a spoofed type', async () => {
    expect(await failure(createRestPortal({ baseUrl, token: 'nope' }).view())).to.equal('not-found:uploadLink');
    const { token, link } = await broker.uploadLinks.create('P-1', { maxFiles: 1 });
    const portal = createRestPortal({ baseUrl, token });
    expect(await failure(portal.upload(permisId, { blob: samplePng(), name: 'permis.pdf' }))).to.equal('file-type-not-accepted');
    await portal.upload(permisId, { blob: samplePdf('one'), name: 'permis.pdf' });
    expect(await failure(portal.upload(permisId, { blob: samplePdf('two'), name: 'permis-2.pdf' }))).to.equal('not-found:uploadLink');
    await broker.uploadLinks.revoke(link.id);
    expect(await failure(portal.view())).to.equal('not-found:uploadLink');
  });
});
