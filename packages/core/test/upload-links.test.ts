import { expect } from 'chai';
import { createDossierClient, createMemoryStorage, isDossierError, type DossierClient, type StoragePort } from '@dossier/core';
import { hashUploadToken } from '@dossier/core/adapter';
import { samplePdf, samplePng } from '@dossier/core/testing';

async function rejects(task: () => Promise<unknown>, code: string): Promise<Error & { details: Record<string, unknown> }> {
  try {
    await task();
  } catch (error) {
    expect(isDossierError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code, (error as Error).message).to.equal(code);
    return error as Error & { details: Record<string, unknown> };
  }
  throw new Error(`expected ${code}`);
}

let clock = new Date('2026-12-01T09:00:00.000Z');

async function setUp(): Promise<{ client: DossierClient; storage: StoragePort; permis: string; carte: string; rib: string }> {
  let n = 0;
  const storage = createMemoryStorage();
  const client = createDossierClient({
    storage,
    newId: () => `id-${(n += 1)}`,
    now: () => clock,
    cabinetName: 'Courtage Martin & Associés',
    portalUrl: (token) => `https://crm.example/portal/${token}`,
  });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', {
    label: 'Permis de conduire',
    accept: ['application/pdf'],
    instructions: 'Recto et verso',
    maxBytes: 2_000_000,
  });
  const carte = await client.pieces.add('auto', { label: 'Carte grise', review: 'never' });
  const rib = await client.pieces.add('auto', { label: 'RIB', requirement: 'optional' });
  await client.riskTypes.put({ id: 'mrh', label: 'Habitation' });
  await client.pieces.add('mrh', { label: 'Titre de propriété' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  await client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul Durand', email: 'paul@example.fr' } });
  return { client, storage, permis: permis.id, carte: carte.id, rib: rib.id };
}

describe('upload links', () => {
  beforeEach(() => {
    clock = new Date('2026-12-01T09:00:00.000Z');
  });

  it('creates a link for the pieces still to collect, with a 256-bit token stored only as its hash', async () => {
    const { client, storage, permis, carte } = await setUp();
    const { link, token, url } = await client.uploadLinks.create('P-1');
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(url).to.equal(`https://crm.example/portal/${token}`);
    expect(link.id).to.equal(hashUploadToken(token));
    expect(link.id).to.match(/^[0-9a-f]{64}$/);
    expect(link).to.deep.include({
      dossierId: 'P-1',
      pieceIds: [permis, carte],
      cabinetName: 'Courtage Martin & Associés',
      maxFiles: null,
      revokedAt: null,
      state: 'active',
      filesReceived: 0,
    });
    expect(link.expiresAt).to.equal('2026-12-15T09:00:00.000Z');
    // The token appears nowhere in what is stored.
    const stored = JSON.stringify(await storage.listChildren('uploadLink', 'P-1'));
    expect(stored).not.to.include(token);
    // Two links never share a token.
    const tokens = new Set<string>();
    for (let i = 0; i < 50; i += 1) tokens.add((await client.uploadLinks.create('P-2', { expiresInDays: 1 })).token);
    expect(tokens.size).to.equal(50);
  });

  it('takes a scope, an expiry of at most 90 days and a file count, and refuses anything else', async () => {
    const { client, rib } = await setUp();
    const { link } = await client.uploadLinks.create('P-1', {
      pieceIds: [rib],
      expiresInDays: 90,
      maxFiles: 3,
      cabinetName: 'Autre cabinet',
    });
    expect(link).to.deep.include({ pieceIds: [rib], maxFiles: 3, cabinetName: 'Autre cabinet', expiresAt: '2027-03-01T09:00:00.000Z' });
    await rejects(() => client.uploadLinks.create('P-1', { expiresInDays: 91 }), 'invalid-input');
    await rejects(() => client.uploadLinks.create('P-1', { expiresInDays: 0 }), 'invalid-input');
    await rejects(() => client.uploadLinks.create('P-1', { maxFiles: 0 }), 'invalid-input');
    await rejects(() => client.uploadLinks.create('P-1', { maxFiles: 101 }), 'invalid-input');
    await rejects(() => client.uploadLinks.create('P-1', { pieceIds: [] }), 'invalid-input');
    await rejects(() => client.uploadLinks.create('P-1', { pieceIds: ['not-a-piece'] }), 'not-found');
    await rejects(() => client.uploadLinks.create('nope'), 'not-found');
    await client.dossiers.markLost('P-2');
    await rejects(() => client.uploadLinks.create('P-2'), 'invalid-transition');
  });

  it('lists links newest first with their state: active, used, expired, revoked', async () => {
    const { client, carte } = await setUp();
    const expiring = await client.uploadLinks.create('P-1', { expiresInDays: 1 });
    clock = new Date('2026-12-01T10:00:00.000Z');
    const used = await client.uploadLinks.create('P-1', { maxFiles: 1, pieceIds: [carte] });
    clock = new Date('2026-12-01T11:00:00.000Z');
    const revoked = await client.uploadLinks.create('P-1');
    clock = new Date('2026-12-01T12:00:00.000Z');
    const active = await client.uploadLinks.create('P-1');
    await client.portal.upload(used.token, carte, { blob: samplePdf('x'), name: 'carte.pdf' });
    const revokedStatus = await client.uploadLinks.revoke(revoked.link.id);
    expect(revokedStatus.state).to.equal('revoked');
    expect((await client.uploadLinks.revoke(revoked.link.id)).revokedAt).to.equal(revokedStatus.revokedAt);
    clock = new Date('2026-12-02T09:00:00.000Z');
    const listed = await client.uploadLinks.list('P-1');
    expect(listed.map((l) => [l.id, l.state, l.filesReceived])).to.deep.equal([
      [active.link.id, 'active', 0],
      [revoked.link.id, 'revoked', 0],
      [used.link.id, 'used', 1],
      [expiring.link.id, 'expired', 0],
    ]);
    await rejects(() => client.uploadLinks.revoke('nope'), 'not-found');
  });
});

describe('portal (the client’s side of a link)', () => {
  beforeEach(() => {
    clock = new Date('2026-12-01T09:00:00.000Z');
  });

  it('shows only what the client needs', async () => {
    const { client, permis, carte } = await setUp();
    await client.documents.add('P-1', { blob: samplePdf('broker'), name: 'secret-interne.pdf' });
    const { token } = await client.uploadLinks.create('P-1', { maxFiles: 5 });
    const view = await client.portal.view(token);
    expect(view).to.deep.equal({
      cabinetName: 'Courtage Martin & Associés',
      clientFirstName: 'Jeanne',
      expiresAt: '2026-12-15T09:00:00.000Z',
      filesLeft: 5,
      pieces: [
        {
          id: permis,
          label: 'Permis de conduire',
          instructions: 'Recto et verso',
          accept: ['application/pdf'],
          maxBytes: 2_000_000,
          status: 'requested',
          documents: [],
        },
        { id: carte, label: 'Carte grise', instructions: null, accept: [], maxBytes: 25 * 1024 * 1024, status: 'requested', documents: [] },
      ],
    });
    const text = JSON.stringify(view);
    for (const secret of ['Martin"', 'jeanne@example.fr', 'secret-interne', 'P-1', 'auto']) expect(text).not.to.include(secret);
  });

  it('takes a file for a requested piece, held for review, and shows the broker’s refusal with its reason', async () => {
    const { client, permis, carte } = await setUp();
    const { token, link } = await client.uploadLinks.create('P-1');
    const sent = await client.portal.upload(token, permis, { blob: samplePdf('p1'), name: 'permis.pdf' });
    expect(sent).to.deep.equal({
      name: 'permis.pdf',
      size: samplePdf('p1').size,
      sentAt: '2026-12-01T09:00:00.000Z',
      review: 'pending',
      reason: null,
      note: null,
    });
    // A piece whose policy is `never` counts at once.
    expect((await client.portal.upload(token, carte, { blob: samplePdf('c1'), name: 'carte.pdf' })).review).to.equal(null);
    let view = await client.portal.view(token);
    expect(view.pieces.map((p) => p.status)).to.deep.equal(['received', 'complete']);
    const stored = (await client.documents.list('P-1')).find((d) => d.originalName === 'permis.pdf');
    expect(stored).to.deep.include({ origin: 'portal', uploadLinkId: link.id, pieceId: permis });
    await client.documents.reject(stored?.id ?? '', { reason: 'expired', note: 'Permis périmé' });
    view = await client.portal.view(token);
    expect(view.pieces[0]?.status).to.equal('rejected');
    expect(view.pieces[0]?.documents).to.deep.equal([
      {
        name: 'permis.pdf',
        size: samplePdf('p1').size,
        sentAt: '2026-12-01T09:00:00.000Z',
        review: 'rejected',
        reason: 'expired',
        note: 'Permis périmé',
      },
    ]);
    clock = new Date('2026-12-02T09:00:00.000Z');
    await client.portal.upload(token, permis, { blob: samplePdf('p2'), name: 'permis-2.pdf' });
    view = await client.portal.view(token);
    expect(view.pieces[0]?.status).to.equal('received');
    expect(view.pieces[0]?.documents.map((d) => d.name)).to.deep.equal(['permis-2.pdf', 'permis.pdf']);
  });

  it('answers every link that does not work alike: unknown, forged, revoked, expired, closed', async () => {
    const { client, permis } = await setUp();
    const revoked = await client.uploadLinks.create('P-1');
    await client.uploadLinks.revoke(revoked.link.id);
    const expired = await client.uploadLinks.create('P-1', { expiresInDays: 1 });
    const closed = await client.uploadLinks.create('P-2');
    await client.dossiers.markLost('P-2');
    clock = new Date('2026-12-02T09:00:00.000Z');
    const forged = [...revoked.token].reverse().join('');
    const answers: string[] = [];
    for (const token of [
      'A'.repeat(43),
      forged,
      revoked.token,
      expired.token,
      closed.token,
      revoked.link.id,
      '',
      '../../etc/passwd',
      'x'.repeat(10_000),
    ]) {
      const viewed = await rejects(() => client.portal.view(token), 'not-found');
      const uploaded = await rejects(() => client.portal.upload(token, permis, { blob: samplePdf('z'), name: 'z.pdf' }), 'not-found');
      answers.push(JSON.stringify([viewed.message, viewed.details, uploaded.message, uploaded.details]));
    }
    expect(new Set(answers).size).to.equal(1);
    expect(answers[0]).not.to.include(revoked.token);
  });

  it('keeps to the link’s scope, its kinds and sizes, and its file count (refused files do not count)', async () => {
    const { client, permis, carte, rib } = await setUp();
    const other = await client.pieces.list('mrh');
    const { token } = await client.uploadLinks.create('P-1', { pieceIds: [permis], maxFiles: 1 });
    await rejects(() => client.portal.upload(token, rib, { blob: samplePdf('r'), name: 'rib.pdf' }), 'not-found');
    await rejects(() => client.portal.upload(token, other[0]?.id ?? '', { blob: samplePdf('r'), name: 'x.pdf' }), 'not-found');
    await rejects(() => client.portal.upload(token, carte, { blob: samplePdf('r'), name: 'x.pdf' }), 'not-found');
    await rejects(() => client.portal.upload(token, permis, { blob: samplePng(), name: 'permis.pdf' }), 'file-type-not-accepted');
    await rejects(() => client.portal.allowUpload(token, permis, 2_000_001), 'file-too-large');
    await rejects(() => client.portal.allowUpload(token, permis, 0), 'file-empty');
    expect((await client.portal.allowUpload(token, permis, 1000)).id).to.equal(permis);
    await client.portal.upload(token, permis, { blob: samplePdf('one'), name: 'permis.pdf' });
    await rejects(() => client.portal.upload(token, permis, { blob: samplePdf('one'), name: 'again.pdf' }), 'invalid-input');
    const used = await rejects(() => client.portal.allowUpload(token, permis, 1000), 'invalid-input');
    expect(used.details['reason']).to.deep.equal({ key: 'linkUsedUp' });
    expect((await client.portal.view(token)).filesLeft).to.equal(0);
    const sent = (await client.documents.list('P-1')).find((d) => d.origin === 'portal');
    await client.documents.reject(sent?.id ?? '', { reason: 'illegible' });
    expect((await client.portal.view(token)).filesLeft).to.equal(1);
    await rejects(() => client.portal.upload(token, permis, { blob: samplePdf('one'), name: 'same-bytes.pdf' }), 'duplicate-document');
    await client.portal.upload(token, permis, { blob: samplePdf('two'), name: 'permis-2.pdf' });
  });

  it('refuses a file whose link is revoked while its bytes were being read', async () => {
    const { client, permis } = await setUp();
    const { token, link } = await client.uploadLinks.create('P-1');
    let revoke: Promise<unknown> | undefined;
    const slow = new Blob([await samplePdf('slow').arrayBuffer()]);
    const original = slow.arrayBuffer.bind(slow);
    slow.arrayBuffer = async () => {
      revoke ??= client.uploadLinks.revoke(link.id);
      await revoke;
      return original();
    };
    await rejects(() => client.portal.upload(token, permis, { blob: slow, name: 'permis.pdf' }), 'not-found');
    expect((await client.documents.list('P-1')).length).to.equal(0);
  });
});
