import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDossierClient, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { createFileBlobStore } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { createRestPortal, createRestStorage, type ResumableUploads } from '@dossier/storage-rest';
import { tusUploads } from '@dossier/storage-rest/tus';
import { expect } from 'chai';
import { startTestServer, type TestServer } from './support/test-server.js';

const MIB = 1024 * 1024;
const failure = (task: Promise<unknown>) =>
  task.then(
    () => 'resolved',
    (error: { name?: string; code?: unknown }) => (typeof error.code === 'string' ? error.code : (error.name ?? 'error')),
  );

/** Resumable portal uploads (tus) on real HTTP on loopback and real PostgreSQL. */
describe('server: resumable portal uploads (tus)', function () {
  this.timeout(120_000);
  let postgres: TestDatabase;
  let files: string;
  let database: PostgresDatabase;
  let server: TestServer;
  let broker: DossierClient;
  let rapport: ExpectedPiece;
  let permis: ExpectedPiece;
  let tenant = 0;

  before(async () => {
    postgres = await createTestDatabase('dossier_portal_tus');
    files = await mkdtemp(join(tmpdir(), 'dossier-tus-'));
    database = await openPostgresDatabase({ db: postgres.pool(), blobs: createFileBlobStore(files) });
    server = await startTestServer(database, { limits: { portalFloorMs: 5 } });
  });
  beforeEach(async () => {
    const token = await server.token(`tus-${(tenant += 1)}`);
    broker = createDossierClient({
      storage: createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }) }),
      cabinetName: 'Cabinet Leroy',
    });
    await broker.riskTypes.put({ id: 'auto', label: 'Automobile' });
    rapport = await broker.pieces.add('auto', { label: 'Rapport d’expertise', accept: ['application/pdf'], maxBytes: 25 * MIB });
    permis = await broker.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], maxBytes: 4000 });
    await broker.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
    await rm(files, { recursive: true, force: true });
  });

  it('a 20 MB upload cut at 50% resumes where it stopped, not from zero, and arrives whole, "à vérifier"', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const portal = createRestPortal({ baseUrl: server.baseUrl, token, resumable: tusUploads({ chunkSize: MIB, retryDelays: [] }) });
    const file = samplePdf('expertise', 20 * MIB);
    const cut = new AbortController();
    const first: number[] = [];
    const outcome = await failure(
      portal.upload(
        rapport.id,
        { blob: file, name: 'rapport.pdf' },
        {
          signal: cut.signal,
          onProgress: (sent, total) => {
            first.push(sent);
            if (sent >= total / 2) cut.abort();
          },
        },
      ),
    );
    expect(outcome).to.equal('AbortError');
    const reached = Math.max(...first);
    expect(reached).to.be.at.least(file.size / 2);
    expect(await broker.documents.list('P-1')).to.deep.equal([]);

    const second: number[] = [];
    const sent = await portal.upload(rapport.id, { blob: file, name: 'rapport.pdf' }, { onProgress: (done) => second.push(done) });
    // The server held ~half: the second attempt starts there (at a chunk boundary), not at zero.
    expect(Math.min(...second)).to.be.at.least(9 * MIB);
    expect(second.at(-1)).to.equal(file.size);
    expect(sent).to.deep.include({ name: 'rapport.pdf', size: file.size, review: 'pending' });
    const [document] = await broker.documents.list('P-1');
    expect(document?.digest).to.equal(
      createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex'),
    );
    expect(document?.size).to.equal(file.size);
    console.log(`      20 MiB: cut at ${(reached / MIB).toFixed(1)} MiB, resumed from ${(Math.min(...second) / MIB).toFixed(1)} MiB`);
  });

  it('checks the link, the piece and the declared size before any byte (404 alike, 413)', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const options = { resumable: tusUploads({ chunkSize: MIB, retryDelays: [] }) } as const;
    expect(
      await failure(
        createRestPortal({ baseUrl: server.baseUrl, token: 'x'.repeat(43), ...options }).upload(rapport.id, {
          blob: samplePdf('a'),
          name: 'a.pdf',
        }),
      ),
    ).to.equal('not-found');
    expect(
      await failure(
        createRestPortal({ baseUrl: server.baseUrl, token, ...options }).upload(permis.id, {
          blob: samplePdf('big', 10_000),
          name: 'permis.pdf',
        }),
      ),
    ).to.equal('file-too-large');
    expect(
      await failure(
        createRestPortal({ baseUrl: server.baseUrl, token, ...options }).upload('not-a-piece', { blob: samplePdf('b'), name: 'b.pdf' }),
      ),
    ).to.equal('not-found');
    expect(await broker.documents.list('P-1')).to.deep.equal([]);
  });

  it('refuses a spoofed type once the bytes are in (422), keeping nothing', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const portal = createRestPortal({ baseUrl: server.baseUrl, token, resumable: tusUploads({ retryDelays: [] }) });
    expect(
      await failure(
        portal.upload(rapport.id, { blob: new Blob([await samplePng().arrayBuffer()], { type: 'application/pdf' }), name: 'rapport.pdf' }),
      ),
    ).to.equal('file-type-not-accepted');
    expect(await broker.documents.list('P-1')).to.deep.equal([]);
  });

  it('an upload created through one link takes no byte with another link’s token', async () => {
    const { token } = await broker.uploadLinks.create('P-1');
    const { token: other } = await broker.uploadLinks.create('P-1');
    const created = await fetch(`${server.baseUrl}/portal-uploads`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': '100',
        'Upload-Metadata': `pieceId ${Buffer.from(rapport.id).toString('base64')},filename ${Buffer.from('a.pdf').toString('base64')}`,
        'Dossier-Portal-Token': token,
      },
    });
    expect(created.status).to.equal(201);
    const location = new URL(created.headers.get('location')!, server.baseUrl).toString();
    const patch = (with_: string) =>
      fetch(location, {
        method: 'PATCH',
        headers: {
          'Tus-Resumable': '1.0.0',
          'Upload-Offset': '0',
          'Content-Type': 'application/offset+octet-stream',
          'Dossier-Portal-Token': with_,
        },
        body: new Uint8Array(10),
      });
    expect((await patch(other)).status).to.equal(404);
    expect((await patch('')).status).to.equal(404);
    const head = await fetch(location, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0', 'Dossier-Portal-Token': token } });
    expect(head.headers.get('upload-offset')).to.equal('0');
  });

  it('serves <dossier-portal> on a minimal page at the link’s address: the same bytes for any token, never cached, indexed or sent as referrer', async () => {
    const paged = await startTestServer(database, { portalPage: { bundleUrl: '/assets/dossier.bundle.js' } });
    try {
      const origin = new URL(paged.baseUrl).origin;
      const { token } = await broker.uploadLinks.create('P-1');
      const pages = await Promise.all([token, 'not-a-token'].map((t) => fetch(`${origin}/portal/${t}`)));
      const [real, unknown] = await Promise.all(pages.map((page) => page.text()));
      expect(pages.map((page) => page.status)).to.deep.equal([200, 200]);
      expect(real).to.equal(unknown);
      expect(real).to.include('<dossier-portal locale="fr"></dossier-portal>');
      expect(real).to.include('name="viewport"');
      expect(real).not.to.include(token);
      const headers = pages[0]!.headers;
      expect(headers.get('content-type')).to.match(/^text\/html/);
      expect(headers.get('referrer-policy')).to.equal('no-referrer');
      expect(headers.get('cache-control')).to.equal('no-store');
      expect(headers.get('x-robots-tag')).to.include('noindex');
      expect(headers.get('content-security-policy')).to.include("default-src 'none'");
      const glue = await (await fetch(`${origin}/portal-page.js`)).text();
      expect(glue).to.include('"/assets/dossier.bundle.js"');
      expect(glue).to.include('createRestPortal');
      expect(glue).to.include(JSON.stringify(new URL(paged.baseUrl).pathname));
    } finally {
      await paged.close();
    }
  });

  /**
   * Runs the portal page's own script (`/portal-page.js`, as served) in Node against a stand-in of
   * the script-tag bundle that hands out the real `createRestPortal` and, when it has one, a real
   * `loadTusUploads`; returns the connection it gave `<dossier-portal>` and how many files went with tus.
   */
  async function runPortalPage(pageOptions: { resumable?: boolean }, bundle: 'tus' | 'tus-fails' | 'no-tus', token: string) {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-portal-page-'));
    const counter = { tus: 0 };
    await writeFile(
      join(dir, 'bundle.mjs'),
      `const b = globalThis.__portalBundle;\nexport const createRestPortal = (o) => b.createRestPortal(o);\n${bundle === 'no-tus' ? '' : 'export const loadTusUploads = () => b.loadTusUploads();\n'}`,
    );
    const paged = await startTestServer(database, {
      portalPage: { bundleUrl: pathToFileURL(join(dir, 'bundle.mjs')).href, ...pageOptions },
    });
    const origin = new URL(paged.baseUrl).origin;
    // The page runs where `location` is the server: its relative endpoint resolves against it (tus-js-client in Node needs it absolute).
    const resumable: ResumableUploads = {
      send: (request) => {
        counter.tus += 1;
        return tusUploads({ chunkSize: 64 * 1024, retryDelays: [] }).send({ ...request, endpoint: new URL(request.endpoint, origin).href });
      },
    };
    const stand = globalThis as { __portalBundle?: unknown; location?: unknown; document?: unknown };
    stand.__portalBundle = {
      createRestPortal,
      loadTusUploads: bundle === 'tus' ? async () => resumable : async () => Promise.reject(new Error('chunk blocked')),
    };
    try {
      await writeFile(join(dir, 'page.mjs'), await (await fetch(`${origin}/portal-page.js`)).text());
      const element: { connection?: ReturnType<typeof createRestPortal> } = {};
      stand.location = { pathname: `/portal/${token}` };
      stand.document = { querySelector: (selector: string) => (selector === 'dossier-portal' ? element : null) };
      try {
        await import(pathToFileURL(join(dir, 'page.mjs')).href);
      } finally {
        // tus-js-client reads Buffers outside browsers: no `document` once the page's script ran.
        delete stand.location;
        delete stand.document;
      }
      if (!element.connection) throw new Error('the page gave <dossier-portal> no connection');
      return { connection: element.connection, counter, paged, dir };
    } catch (error) {
      await paged.close();
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  for (const [title, pageOptions, bundle, viaTus] of [
    ['sends through tus by default (resumable), when the bundle offers it', {}, 'tus', 1],
    ['falls back to one request per file when the bundle has no tus', {}, 'no-tus', 0],
    ['falls back to one request per file when tus fails to load (a blocked chunk)', {}, 'tus-fails', 0],
    ['sends one request per file with resumable: false', { resumable: false }, 'tus', 0],
  ] as const) {
    it(`the portal page ${title}`, async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      // The page's script runs where `location` is the server: relative addresses resolve against it.
      const realFetch = globalThis.fetch;
      const page = await runPortalPage(pageOptions, bundle, token);
      const origin = new URL(page.paged.baseUrl).origin;
      globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) =>
        realFetch(typeof input === 'string' && input.startsWith('/') ? `${origin}${input}` : input, init)) as typeof fetch;
      try {
        const sent = await page.connection.upload(rapport.id, { blob: samplePdf('page', 200 * 1024), name: 'rapport.pdf' });
        expect(sent).to.deep.include({ name: 'rapport.pdf', review: 'pending' });
        expect(page.counter.tus).to.equal(viaTus);
        expect((await broker.documents.list('P-1')).map((d) => d.name)).to.deep.equal(['rapport.pdf']);
      } finally {
        globalThis.fetch = realFetch;
        await page.paged.close();
        await rm(page.dir, { recursive: true, force: true });
      }
    });
  }
});
