import { expect } from 'chai';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import { rejects } from './support/rejects.js';

let clock = new Date('2026-12-01T09:00:00.000Z');

async function setUp(): Promise<{ client: DossierClient; permis: string; carte: string }> {
  let n = 0;
  const client = createDossierClient({
    storage: createMemoryStorage(),
    newId: () => `id-${(n += 1)}`,
    now: () => clock,
    cabinetName: 'Courtage Martin',
  });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'], review: 'always' });
  const carte = await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return { client, permis: permis.id, carte: carte.id };
}

describe('document review', () => {
  beforeEach(() => {
    clock = new Date('2026-12-01T09:00:00.000Z');
  });

  it('holds a broker document for review only where the piece says always', async () => {
    const { client, permis, carte } = await setUp();
    const held = await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis });
    const plain = await client.documents.add('P-1', { blob: samplePdf('b'), name: 'carte.pdf' }, { pieceId: carte });
    expect(held.review).to.deep.equal({ status: 'pending', reason: null, note: null, reviewedAt: null });
    expect(plain).not.to.have.property('review');
    const completeness = await client.completeness('P-1');
    expect(completeness.pieces.map((p) => p.status)).to.deep.equal(['pending-review', 'obtained']);
    expect(completeness.toReview).to.equal(1);
    expect((await client.summaries(['P-1']))[0]?.toReview).to.equal(1);
  });

  it('accepts: the piece is obtained, the decision dated, and it may be archived', async () => {
    const { client, permis } = await setUp();
    const held = await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis });
    await rejects(() => client.documents.archive(held.id), 'invalid-input');
    clock = new Date('2026-12-02T10:00:00.000Z');
    const accepted = await client.documents.accept(held.id);
    expect(accepted.review).to.deep.equal({ status: 'accepted', reason: null, note: null, reviewedAt: '2026-12-02T10:00:00.000Z' });
    expect((await client.completeness('P-1')).pieces[0]?.status).to.equal('obtained');
    expect((await client.documents.archive(held.id)).state).to.equal('archived');
    // A decision is never taken back silently.
    await rejects(() => client.documents.reject(held.id, { reason: 'illegible' }), 'invalid-transition');
    await rejects(() => client.documents.accept(held.id), 'invalid-transition');
  });

  it('refuses with a common reason or a note, keeps the document in the history, and takes new versions', async () => {
    const { client, permis } = await setUp();
    const first = await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis });
    const refused = await client.documents.reject(first.id, { reason: 'illegible', note: '  Photo trop floue  ' });
    expect(refused.review).to.include({ status: 'rejected', reason: 'illegible', note: 'Photo trop floue' });
    let completeness = await client.completeness('P-1');
    expect(completeness.pieces[0]?.status).to.equal('missing');
    expect(completeness.missingPieceIds).to.include(permis);
    clock = new Date('2026-12-03T10:00:00.000Z');
    const second = await client.documents.add('P-1', { blob: samplePdf('b'), name: 'permis-2.pdf' }, { pieceId: permis });
    completeness = await client.completeness('P-1');
    expect(completeness.pieces[0]?.documentIds).to.deep.equal([second.id, first.id]);
    expect(completeness.pieces[0]?.status).to.equal('pending-review');
    // Refused with "other": the note is required.
    await rejects(() => client.documents.reject(second.id, { reason: 'other' }), 'invalid-input');
    await rejects(() => client.documents.reject(second.id, { reason: 'nope' as never }), 'invalid-input');
    await rejects(() => client.documents.reject(second.id, { reason: 'incomplete', note: 'x'.repeat(501) }), 'invalid-input');
    await rejects(() => client.documents.reject(second.id, { reason: 'incomplete', note: 'a\u0000b' }), 'invalid-input');
    const other = await client.documents.reject(second.id, { reason: 'other', note: '<b>Il manque le verso</b>' });
    expect(other.review?.note).to.equal('<b>Il manque le verso</b>');
  });

  it('never files a refused or unreviewed document when the contract is archived', async () => {
    const { client, permis, carte } = await setUp();
    await client.pieces.update(permis, { requirement: 'optional' });
    const held = await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis });
    await client.documents.add('P-1', { blob: samplePdf('b'), name: 'carte.pdf' }, { pieceId: carte });
    await client.dossiers.convert('P-1', { contractId: 'CT-1' });
    await client.dossiers.archive('P-1');
    const documents = await client.documents.list('P-1');
    expect(documents.find((d) => d.id === held.id)?.state).to.equal('obtained');
    expect(documents.filter((d) => d.state === 'archived')).to.have.length(1);
  });

  it('keeps a required piece waiting for review from archiving, and lists it in the audit as to review', async () => {
    const { client, permis, carte } = await setUp();
    const held = await client.documents.add('P-1', { blob: samplePdf('a'), name: 'permis.pdf' }, { pieceId: permis });
    await client.documents.add('P-1', { blob: samplePdf('b'), name: 'carte.pdf' }, { pieceId: carte });
    await client.dossiers.convert('P-1', { contractId: 'CT-1' });
    await rejects(() => client.dossiers.archive('P-1'), 'incomplete-dossier');
    const toReview = await client.audit({ onlyToReview: true, onlyIncomplete: false });
    expect(toReview.total).to.equal(1);
    expect(toReview.items[0]?.toReview).to.equal(1);
    await client.documents.accept(held.id);
    expect((await client.audit({ onlyToReview: true, onlyIncomplete: false })).total).to.equal(0);
    expect((await client.dossiers.archive('P-1')).phase).to.equal('archived');
  });

  it('validates the piece policy', async () => {
    const { client, carte } = await setUp();
    await rejects(() => client.pieces.update(carte, { review: 'sometimes' as never }), 'invalid-input');
    expect((await client.pieces.update(carte, { review: 'never' })).review).to.equal('never');
    expect(await client.pieces.update(carte, { review: null })).not.to.have.property('review');
  });
});
