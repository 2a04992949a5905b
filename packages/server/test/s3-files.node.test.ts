import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStorageConformance, samplePdf, sampleRecords, type TestFunction } from '@dossier/core/testing';
import { createS3BlobStore } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';
import S3rver from 's3rver';
import { restConformance } from './support/rest-conformance.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('server with files in an S3-compatible store (s3rver in-process)', function () {
  this.timeout(120_000);
  let directory: string;
  let s3: S3rver;
  let endpoint: string;
  let postgres: TestDatabase;
  let database: PostgresDatabase;
  let server: TestServer;
  let other: TestServer;

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dossier-s3-'));
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'dossier' }] });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    postgres = await createTestDatabase('dossier_s3');
    const blobs = createS3BlobStore({ bucket: 'dossier', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'test/' });
    database = await openPostgresDatabase({ db: postgres.pool(), blobs });
    server = await startTestServer(database, { verifyCommits: false });
    other = await startTestServer(database, { verifyCommits: false });
  });
  after(async () => {
    await other?.close();
    await server?.close();
    await database?.close();
    await postgres?.drop();
    await s3?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const onlyBlobs =
    (it: TestFunction): TestFunction =>
    (name, body) => {
      if (/bytes|blob|atomicity|failure|conflict|malformed/.test(name)) it(name, body);
    };
  runStorageConformance({
    ...restConformance(
      'http-s3',
      () => server,
      () => other,
    ),
    it: onlyBlobs(it),
  });

  it('keeps one object per tenant and content, and sweeps the unreferenced ones', async () => {
    const storage = database.storage('s3-sweep');
    const r = sampleRecords('s');
    const pdf = samplePdf('s3');
    await storage.commit(
      [
        { op: 'put', kind: 'document', value: r.document },
        { op: 'putBlob', documentId: r.document.id, blob: pdf },
      ],
      { dossierIds: [], riskTypeIds: [] },
    );
    await storage.commit([{ op: 'putBlob', documentId: 'twin', blob: samplePdf('s3') }], { dossierIds: [], riskTypeIds: [] });
    const opened = await storage.openBlob('twin');
    expect(new Uint8Array(await new Response(opened!.stream).arrayBuffer())).to.deep.equal(new Uint8Array(await pdf.arrayBuffer()));
    await storage.commit(
      [
        { op: 'deleteBlob', documentId: 'twin' },
        { op: 'deleteBlob', documentId: r.document.id },
      ],
      { dossierIds: [], riskTypeIds: [] },
    );
    expect(await database.sweepBlobs(new Date(Date.now() + 60_000))).to.be.greaterThan(0);
    expect(await storage.getBlob(r.document.id)).to.equal(undefined);
  });
});
