import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossierClient, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { createFileBlobStore } from '@dossier/server';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { createRestPortal, createRestStorage } from '@dossier/storage-rest';
import { expect } from 'chai';
import { startTestServer, type TestServer } from './support/test-server.js';

/** What a portal answer looks like to the client: status, headers and the parsed body. */
interface Answer {
  readonly status: number;
  readonly type: string;
  readonly retryAfter: string | null;
  readonly text: string;
  readonly body: Record<string, unknown>;
}

const sha256 = async (blob: Blob) =>
  createHash('sha256')
    .update(Buffer.from(await blob.arrayBuffer()))
    .digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/**
 * The portal's public endpoints under attack, on real HTTP on loopback and real PostgreSQL: a
 * token is the only credential, so anything that is not a working token of this link, for a
 * piece it asks for, with a file of the right kind and size, is refused — and a token that does
 * not work is answered exactly like one that never existed.
 */
describe('server: the client portal under attack', function () {
  this.timeout(120_000);
  let postgres: TestDatabase;
  let files: string;
  let database: PostgresDatabase;
  let server: TestServer;
  let clock = Date.now();
  let broker: DossierClient;
  let permis: ExpectedPiece;
  let carte: ExpectedPiece;
  let releve: ExpectedPiece;
  let autre: ExpectedPiece;
  let tenant = 0;

  /** A fresh tenant with a risk type of three pieces (one small, PDF only) and two dossiers. */
  const freshTenant = async (target: TestServer = server) => {
    const tenantId = `portal-${(tenant += 1)}`;
    const token = await target.token(tenantId);
    broker = createDossierClient({
      storage: createRestStorage({ baseUrl: target.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }) }),
      cabinetName: 'Courtage Martin & Associés',
    });
    await broker.riskTypes.put({ id: 'auto', label: 'Automobile' });
    permis = await broker.pieces.add('auto', {
      label: 'Permis de conduire',
      accept: ['application/pdf'],
      maxBytes: 4000,
      instructions: 'Recto et verso',
    });
    carte = await broker.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'] });
    releve = await broker.pieces.add('auto', { label: 'Relevé d’information' });
    await broker.riskTypes.put({ id: 'mrh', label: 'Habitation' });
    autre = await broker.pieces.add('mrh', { label: 'Titre de propriété' });
    await broker.dossiers.open({
      id: 'P-1',
      riskTypeId: 'auto',
      client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne.martin@example.fr' },
    });
    await broker.dossiers.open({ id: 'H-1', riskTypeId: 'mrh', client: { id: 'c2', name: 'Paul Durand', email: 'paul@example.fr' } });
    return tenantId;
  };

  const read = async (response: Response): Promise<Answer> => {
    const text = await response.text();
    expect(text, 'never a stack trace').not.to.match(/at .+\.(ts|js):\d+:\d+/);
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      text,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  };
  const view = async (token: string, target: TestServer = server) =>
    read(await fetch(`${target.baseUrl}/portal/${encodeURIComponent(token)}`));
  const upload = async (token: string, pieceId: string, blob: Blob, name: string, target: TestServer = server) => {
    const body = new FormData();
    body.append('pieceId', pieceId);
    body.append('file', blob, name);
    return read(await fetch(`${target.baseUrl}/portal/${encodeURIComponent(token)}/documents`, { method: 'POST', body }));
  };
  /** The one answer every token that does not work gets. */
  const expectUnknownLink = (answer: Answer, what: string) => {
    expect(answer.status, what).to.equal(404);
    expect(answer.type, what).to.match(/^application\/problem\+json/);
    expect(answer.body, what).to.deep.equal({
      type: 'urn:dossier:error:not-found',
      title: answer.body['title'],
      status: 404,
      code: 'not-found',
      details: { kind: 'uploadLink' },
    });
  };
  let unknownAnswer: string;

  before(async () => {
    postgres = await createTestDatabase('dossier_portal');
    files = await mkdtemp(join(tmpdir(), 'dossier-portal-'));
    database = await openPostgresDatabase({ db: postgres.pool(), blobs: createFileBlobStore(files) });
    server = await startTestServer(database, {
      now: () => new Date(clock),
      limits: {
        rate: { perSecond: 10_000, burst: 10_000 },
        portalAddressRate: { perSecond: 10_000, burst: 10_000 },
        portalTokenRate: { perSecond: 10_000, burst: 10_000 },
        portalFailureRate: { perSecond: 10_000, burst: 10_000 },
        portalFloorMs: 40,
      },
    });
    unknownAnswer = (await view(randomToken())).text;
  });
  beforeEach(async () => {
    clock = Date.now();
    await freshTenant();
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
    await rm(files, { recursive: true, force: true });
  });

  describe('what the client sees', () => {
    it('shows only the cabinet, the first name, the requested pieces and the link’s own files', async () => {
      await broker.documents.add('P-1', { blob: samplePdf('broker-secret'), name: 'rapport-interne-confidentiel.pdf' });
      const { token } = await broker.uploadLinks.create('P-1', { pieceIds: [permis.id, carte.id] });
      const answer = await view(token);
      expect(answer.status).to.equal(200);
      expect(answer.type).to.match(/^application\/json/);
      expect(Object.keys(answer.body).sort()).to.deep.equal(['cabinetName', 'clientFirstName', 'expiresAt', 'filesLeft', 'pieces']);
      expect(answer.body['cabinetName']).to.equal('Courtage Martin & Associés');
      expect(answer.body['clientFirstName']).to.equal('Jeanne');
      const pieces = answer.body['pieces'] as {
        id: string;
        label: string;
        instructions: string | null;
        accept: string[];
        maxBytes: number;
        status: string;
        documents: unknown[];
      }[];
      expect(pieces.map((p) => p.label)).to.deep.equal(['Permis de conduire', 'Carte grise']);
      expect(pieces[0]).to.deep.include({
        instructions: 'Recto et verso',
        accept: ['application/pdf'],
        maxBytes: 4000,
        status: 'requested',
        documents: [],
      });
      for (const secret of ['Jeanne Martin', 'Relevé', '"auto"', '"c1"']) expect(answer.text, secret).not.to.include(secret);
      expect(answer.text).not.to.include('jeanne.martin@example.fr');
      expect(answer.text).not.to.include('rapport-interne');
      expect(answer.text).not.to.include('"P-1"');
    });

    it('stores only the token’s SHA-256: the token itself is nowhere in the database', async () => {
      const { token, link } = await broker.uploadLinks.create('P-1');
      expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).to.have.length(32);
      expect(link.id).to.equal(createHash('sha256').update(token).digest('hex'));
      const { rows } = await postgres.pool().query<{ body: string }>("SELECT body FROM dossier_record WHERE kind = 'uploadLink'");
      expect(rows.length).to.be.greaterThan(0);
      for (const row of rows) expect(row.body).not.to.include(token);
    });

    it('gives every link its own token: twenty are all distinct', async () => {
      const tokens = new Set<string>();
      for (let i = 0; i < 20; i += 1) tokens.add((await broker.uploadLinks.create('P-1')).token);
      expect(tokens.size).to.equal(20);
    });
  });

  describe('tokens that do not work are answered like an unknown one', () => {
    it('an unknown token', async () => {
      expectUnknownLink(await view(randomToken()), 'unknown');
      expect((await view(randomToken())).text).to.equal(unknownAnswer);
    });

    it('a forged token: one character of a real one changed', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const forged = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
      expect((await view(forged)).text).to.equal(unknownAnswer);
      expect((await upload(forged, permis.id, samplePdf('forged'), 'permis.pdf')).text).to.equal(unknownAnswer);
    });

    it('a token’s hash given as the token (what a database leak would hold)', async () => {
      const { link } = await broker.uploadLinks.create('P-1');
      expect((await view(link.id)).text).to.equal(unknownAnswer);
    });

    it('a revoked token, for viewing and for sending', async () => {
      const { token, link } = await broker.uploadLinks.create('P-1');
      expect((await view(token)).status).to.equal(200);
      await broker.uploadLinks.revoke(link.id);
      expect((await view(token)).text).to.equal(unknownAnswer);
      expect((await upload(token, permis.id, samplePdf('revoked'), 'permis.pdf')).text).to.equal(unknownAnswer);
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('an expired token', async () => {
      const { token } = await broker.uploadLinks.create('P-1', { expiresInDays: 1 });
      clock += 86_400_000 + 1000;
      expect((await view(token)).text).to.equal(unknownAnswer);
      expect((await upload(token, permis.id, samplePdf('expired'), 'permis.pdf')).text).to.equal(unknownAnswer);
    });

    it('a used-up token takes no more files (answered as unknown), and still shows what was sent', async () => {
      const { token } = await broker.uploadLinks.create('P-1', { maxFiles: 1 });
      expect((await upload(token, permis.id, samplePdf('first'), 'permis.pdf')).status).to.equal(201);
      expect((await upload(token, carte.id, samplePdf('second'), 'carte.pdf')).text).to.equal(unknownAnswer);
      const answer = await view(token);
      expect(answer.body['filesLeft']).to.equal(0);
      expect((await broker.documents.list('P-1')).length).to.equal(1);
    });

    it('a token of a dossier closed since (lost)', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      await broker.dossiers.markLost('P-1');
      expect((await view(token)).text).to.equal(unknownAnswer);
    });

    it('empty, huge, and path-like tokens: the same 404, never a 400 that would tell them apart', async () => {
      for (const token of ['x', 'A'.repeat(3000), '..%2F..%2Fetc%2Fpasswd', '%00', '<script>alert(1)</script>', "' OR 1=1 --"]) {
        const answer = await read(
          await fetch(
            `${server.baseUrl}/portal/${token === 'A'.repeat(3000) || token.startsWith('..') || token === '%00' ? token : encodeURIComponent(token)}`,
          ),
        );
        expect(answer.text, token.slice(0, 30)).to.equal(unknownAnswer);
      }
    });

    it('answers a revoked token no sooner than an unknown one (a floor on every refusal)', async () => {
      const { token, link } = await broker.uploadLinks.create('P-1');
      await broker.uploadLinks.revoke(link.id);
      for (const candidate of [token, randomToken()]) {
        const started = performance.now();
        expect((await view(candidate)).status).to.equal(404);
        expect(performance.now() - started).to.be.at.least(39);
      }
    });
  });

  describe('what may be sent', () => {
    it('takes a PDF for a requested piece: stored with its SHA-256, "Reçu — à vérifier", and the broker’s audit counts it', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const file = samplePdf('permis-recto');
      const answer = await upload(token, permis.id, file, 'permis.pdf');
      expect(answer.status).to.equal(201);
      expect(answer.body).to.deep.include({ name: 'permis.pdf', size: file.size, review: 'pending', reason: null, note: null });
      const [document] = await broker.documents.list('P-1');
      expect(document).to.deep.include({ pieceId: permis.id, origin: 'portal', digest: await sha256(file), mediaType: 'application/pdf' });
      expect(document?.review?.status).to.equal('pending');
      expect(
        Buffer.from(await (await broker.documents.read(document!.id)).arrayBuffer()).equals(Buffer.from(await file.arrayBuffer())),
      ).to.equal(true);
      const completeness = await broker.completeness('P-1');
      expect(completeness.pieces.find((p) => p.pieceId === permis.id)?.status).to.equal('pending-review');
      expect(completeness.toReview).to.equal(1);
      const audit = await broker.audit({ phase: 'proposal', onlyIncomplete: false, onlyToReview: true });
      expect(audit.total).to.equal(1);
      expect((await view(token)).body['pieces']).to.have.nested.property('[0].status', 'received');
    });

    it('refuses a piece of another dossier (another risk type)', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const answer = await upload(token, autre.id, samplePdf('other-dossier'), 'titre.pdf');
      expect(answer.status).to.equal(404);
      expect(answer.body['details']).to.deep.equal({ kind: 'piece', id: autre.id });
      expect(await broker.documents.list('H-1')).to.deep.equal([]);
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('refuses a piece of the dossier that the link does not ask for', async () => {
      const { token } = await broker.uploadLinks.create('P-1', { pieceIds: [permis.id] });
      const answer = await upload(token, releve.id, samplePdf('not-asked'), 'releve.pdf');
      expect(answer.status).to.equal(404);
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('refuses a spoofed type: PNG bytes named .pdf and declared application/pdf, for a PDF-only piece', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const answer = await upload(token, permis.id, new Blob([await samplePng().arrayBuffer()], { type: 'application/pdf' }), 'permis.pdf');
      expect(answer.status).to.equal(422);
      expect(answer.body['code']).to.equal('file-type-not-accepted');
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('refuses an HTML page or a script dressed as a PDF', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      for (const [bytes, name] of [
        ['<html><script>alert(1)</script></html>', 'permis.pdf'],
        ['#!/bin/sh\nrm -rf /\n', 'permis.pdf'],
      ] as const) {
        const answer = await upload(token, carte.id, new Blob([bytes], { type: 'application/pdf' }), name);
        expect(answer.status, name).to.equal(422);
      }
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('refuses a file larger than the piece allows (413), and keeps nothing of it', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const answer = await upload(token, permis.id, samplePdf('big', 10_000), 'permis.pdf');
      expect(answer.status).to.equal(413);
      expect(answer.body['code']).to.equal('file-too-large');
      expect(await broker.documents.list('P-1')).to.deep.equal([]);
    });

    it('refuses a 3 MB body for a 4 kB piece from its declared length, before reading it', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const answer = await upload(token, permis.id, samplePdf('huge', 3 * 1024 * 1024), 'permis.pdf');
      expect(answer.status).to.equal(413);
    });

    it('refuses an empty file and the same file twice', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      expect((await upload(token, carte.id, new Blob([]), 'vide.pdf')).status).to.equal(422);
      const file = samplePdf('twice');
      expect((await upload(token, carte.id, file, 'carte.pdf')).status).to.equal(201);
      const again = await upload(token, carte.id, file, 'carte-bis.pdf');
      expect(again.status).to.equal(422);
      expect(again.body['code']).to.equal('duplicate-document');
    });

    it('strips a path from a name: nothing named "../../etc/passwd"', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      expect((await upload(token, carte.id, samplePdf('path'), '../../../etc/passwd.pdf')).status).to.equal(201);
      const [document] = await broker.documents.list('P-1');
      expect(document?.name).not.to.match(/[/\\]|\.\./);
      expect(document?.originalName).not.to.match(/[/\\]/);
    });

    it('strips control and bidi characters from a name', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      expect((await upload(token, carte.id, samplePdf('controls'), 'carte\u0007\u001b[31m\u202egnp.pdf')).status).to.equal(201);
      const [document] = await broker.documents.list('P-1');
      for (const name of [document?.name ?? '', document?.originalName ?? ''])
        expect(name).not.to.match(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    });

    it('keeps HTML in a name inert: no markup sign stored, JSON answers only', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const answer = await upload(token, carte.id, samplePdf('html'), '<img src=x onerror=alert(1)>.pdf');
      expect(answer.status).to.equal(201);
      expect(answer.type).to.match(/^application\/json/);
      const [document] = await broker.documents.list('P-1');
      for (const name of [document?.name ?? '', document?.originalName ?? '', String(answer.body['name'])])
        expect(name).not.to.match(/[<>"]/);
      const seen = await view(token);
      expect(seen.type).to.match(/^application\/json/);
      expect(seen.text).not.to.include('<img');
    });

    it('refuses a body that is not the pieceId then one file', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const url = `${server.baseUrl}/portal/${token}/documents`;
      const fileFirst = new FormData();
      fileFirst.append('file', samplePdf('first'), 'a.pdf');
      fileFirst.append('pieceId', carte.id);
      expect((await read(await fetch(url, { method: 'POST', body: fileFirst }))).status).to.equal(400);
      const twoFiles = new FormData();
      twoFiles.append('pieceId', carte.id);
      twoFiles.append('file', samplePdf('one'), 'a.pdf');
      twoFiles.append('file', samplePdf('two'), 'b.pdf');
      const answer = await read(await fetch(url, { method: 'POST', body: twoFiles }));
      expect(answer.status === 400 || answer.status === 201).to.equal(true);
      expect((await broker.documents.list('P-1')).length).to.be.at.most(1);
      expect(
        (
          await read(
            await fetch(url, {
              method: 'POST',
              body: JSON.stringify({ pieceId: carte.id }),
              headers: { 'content-type': 'application/json' },
            }),
          )
        ).status,
      ).to.be.within(400, 415);
    });

    it('shows the broker’s refusal with its reason, and takes a new file for the piece, the old one kept', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      await upload(token, permis.id, samplePdf('blurry'), 'permis.pdf');
      const [first] = await broker.documents.list('P-1');
      await broker.documents.reject(first!.id, { reason: 'illegible', note: '<b>Photo</b> floue' });
      const seen = (await view(token)).body['pieces'] as {
        status: string;
        documents: { review: string; reason: string; note: string }[];
      }[];
      expect(seen[0]?.status).to.equal('rejected');
      expect(seen[0]?.documents[0]).to.deep.include({ review: 'rejected', reason: 'illegible', note: '<b>Photo</b> floue' });
      expect((await upload(token, permis.id, samplePdf('sharp'), 'permis-net.pdf')).status).to.equal(201);
      expect((await broker.documents.list('P-1')).length).to.equal(2);
      expect(((await view(token)).body['pieces'] as { status: string }[])[0]?.status).to.equal('received');
    });

    it('serves createRestPortal (what <dossier-portal> uses): the view, an upload, a refusal', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      const portal = createRestPortal({ baseUrl: server.baseUrl, token });
      expect((await portal.view()).clientFirstName).to.equal('Jeanne');
      const sent = await portal.upload(carte.id, { blob: samplePng(), name: 'carte.png' });
      expect(sent.review).to.equal('pending');
      const refused = await portal.upload(permis.id, { blob: samplePng(), name: 'permis.pdf' }).then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
      expect(refused).to.equal('file-type-not-accepted');
    });

    it('keeps the rest of the API closed: no record is read without authentication, through the portal or not', async () => {
      const { token } = await broker.uploadLinks.create('P-1');
      for (const path of ['/records/dossier/P-1', `/portal/${token}/../../records/dossier/P-1`, '/audit?limit=10']) {
        const answer = await read(await fetch(`${server.baseUrl}${path}`));
        expect(answer.status, path).to.equal(401);
      }
    });
  });

  describe('abuse', () => {
    /** A server of its own, so that its rate limits start full. */
    const withServer = async (limits: Record<string, unknown>, body: (target: TestServer) => Promise<void>) => {
      const target = await startTestServer(database, {
        now: () => new Date(clock),
        limits: { rate: { perSecond: 10_000, burst: 10_000 }, portalFloorMs: 5, ...limits },
      });
      try {
        await freshTenant(target);
        await body(target);
      } finally {
        await target.close();
      }
    };

    it('enumeration: after 10 unknown tokens from one address, every request from it waits (429), a real token too', async () => {
      await withServer({ portalFailureRate: { perSecond: 0.001, burst: 10 } }, async (target) => {
        const { token } = await broker.uploadLinks.create('P-1');
        const answers = [];
        for (let i = 0; i < 10; i += 1) answers.push(await view(randomToken(), target));
        expect(answers.map((a) => a.status)).to.deep.equal(Array(10).fill(404));
        expect(new Set(answers.map((a) => a.text)).size).to.equal(1);
        const next = await view(randomToken(), target);
        expect(next.status).to.equal(429);
        expect(Number(next.retryAfter)).to.be.at.least(1);
        expect((await view(token, target)).status).to.equal(429);
      });
    });

    it('a burst past the per-token limit waits (429 with Retry-After); another link is still served', async () => {
      await withServer({ portalTokenRate: { perSecond: 0.001, burst: 5 } }, async (target) => {
        const { token } = await broker.uploadLinks.create('P-1');
        const { token: other } = await broker.uploadLinks.create('P-1');
        const statuses = await Promise.all(Array.from({ length: 8 }, () => view(token, target).then((a) => a.status)));
        expect(statuses.filter((s) => s === 200)).to.have.length(5);
        expect(statuses.filter((s) => s === 429)).to.have.length(3);
        expect((await view(other, target)).status).to.equal(200);
      });
    });

    it('a burst past the per-address limit waits, uploads included', async () => {
      await withServer({ portalAddressRate: { perSecond: 0.001, burst: 4 } }, async (target) => {
        const { token } = await broker.uploadLinks.create('P-1');
        for (let i = 0; i < 4; i += 1) expect((await view(token, target)).status).to.equal(200);
        const refused = await upload(token, carte.id, samplePdf('burst'), 'carte.pdf', target);
        expect(refused.status).to.equal(429);
        expect(refused.retryAfter).not.to.equal(null);
        expect(await broker.documents.list('P-1')).to.deep.equal([]);
      });
    });
  });
});
