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
    permisId = (
      await broker.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], instructions: 'Recto et verso' })
    ).id;
    await broker.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  });

  it('shows the link’s view, takes a file with its progress, and answers the mock as the server does', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const portal = createRestPortal({ baseUrl, token });
    const view = await portal.view();
    expect(view).to.deep.include({ cabinetName: 'Cabinet Leroy', clientFirstName: 'Jeanne', filesLeft: null });
    expect(view.pieces.map((piece) => [piece.label, piece.instructions, piece.status])).to.deep.equal([
      ['Permis de conduire', 'Recto et verso', 'requested'],
    ]);
    const progress: number[] = [];
    const file = samplePdf('portal-rest');
    const sent = await portal.upload(permisId, { blob: file, name: 'permis.pdf' }, { onProgress: (done) => progress.push(done) });
    expect(sent).to.deep.include({ name: 'permis.pdf', size: file.size, review: 'pending' });
    expect(progress.at(-1)).to.equal(file.size);
    expect((await portal.view()).pieces[0]?.status).to.equal('received');
    const [document] = await broker.documents.list('P-1');
    expect(document?.review?.status).to.equal('pending');
  });

  // tus-js-client's Node HTTP stack goes around msw's interceptors: the protocol is driven with fetch
  // here, and by tus-js-client itself in Chromium (rest-portal-tus.browser.test.ts).
  it('serves the tus protocol of resumable uploads: creation checked before any byte, HEAD, PATCH at the held offset, the last one answering the document', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const { token: other } = await broker.uploadLinks.create('P-1');
    const tus = { 'Tus-Resumable': '1.0.0' };
    const create = (withToken: string, length: number, pieceId = permisId) =>
      fetch(`${baseUrl}/portal-uploads`, {
        method: 'POST',
        headers: {
          ...tus,
          'Upload-Length': String(length),
          'Upload-Metadata': `pieceId ${btoa(pieceId)},filename ${btoa('permis.pdf')},filetype ${btoa('application/pdf')}`,
          'Dossier-Portal-Token': withToken,
        },
      });
    expect((await create('x'.repeat(43), 100)).status).to.equal(404);
    expect((await create(token, 100, 'not-a-piece')).status).to.equal(404);
    expect((await create(token, 26 * 1024 * 1024)).status).to.equal(413);
    const file = new Uint8Array(await samplePdf('tus-on-the-mock', 3000).arrayBuffer());
    const created = await create(token, file.length);
    expect(created.status).to.equal(201);
    const location = created.headers.get('location')!;
    const head = (withToken: string) => fetch(location, { method: 'HEAD', headers: { ...tus, 'Dossier-Portal-Token': withToken } });
    const patch = (withToken: string, offset: number, bytes: Uint8Array<ArrayBuffer>) =>
      fetch(location, {
        method: 'PATCH',
        headers: {
          ...tus,
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream',
          'Dossier-Portal-Token': withToken,
        },
        body: bytes,
      });
    expect((await patch(other, 0, file.slice(0, 1000))).status).to.equal(404);
    const half = await patch(token, 0, file.slice(0, 1000));
    expect([half.status, half.headers.get('upload-offset')]).to.deep.equal([204, '1000']);
    // Cut, then resumed: the client asks where the mock stands and goes on from there, not from zero.
    expect((await head(other)).status).to.equal(404);
    expect((await head(token)).headers.get('upload-offset')).to.equal('1000');
    expect((await patch(token, 0, file.slice(0, 1000))).status).to.equal(409);
    expect(await broker.documents.list('P-1')).to.deep.equal([]);
    const last = await patch(token, 1000, file.slice(1000));
    expect(last.status).to.equal(200);
    expect(last.headers.get('upload-offset')).to.equal(String(file.length));
    expect(await last.json()).to.deep.include({ name: 'permis.pdf', size: file.length, review: 'pending' });
    const [document] = await broker.documents.list('P-1');
    expect(document?.size).to.equal(file.length);
    expect(document?.review?.status).to.equal('pending');
    // Once whole, the upload is gone.
    expect((await head(token)).status).to.equal(404);
  });

  it('a spoofed type sent resumably is refused once its bytes are in, keeping nothing', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const png = new Uint8Array(await samplePng().arrayBuffer());
    const created = await fetch(`${baseUrl}/portal-uploads`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(png.length),
        'Upload-Metadata': `pieceId ${btoa(permisId)},filename ${btoa('permis.pdf')}`,
        'Dossier-Portal-Token': token,
      },
    });
    const answer = await fetch(created.headers.get('location')!, {
      method: 'PATCH',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
        'Dossier-Portal-Token': token,
      },
      body: png,
    });
    expect(answer.status).to.equal(422);
    expect(((await answer.json()) as { code: string }).code).to.equal('file-type-not-accepted');
    expect(await broker.documents.list('P-1')).to.deep.equal([]);
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
