import { expect } from 'chai';
import { computeCompleteness } from '../src/completeness/compute-completeness.js';
import type { CompletenessInput } from '../src/completeness/completeness-input.js';
import { summarizeDossier } from '../src/completeness/summarize-dossier.js';
import type { CollectedDocument } from '../src/model/collected-document.js';
import type { Dossier } from '../src/model/dossier.js';
import type { ExpectedPiece } from '../src/model/expected-piece.js';
import type { ClientProfile } from '../src/model/requirement.js';

const NOW = new Date('2025-06-15T12:00:00.000Z');

function piece(id: string, order: number, extra: Partial<ExpectedPiece> = {}): ExpectedPiece {
  return { id, riskTypeId: 'auto', label: `Label ${id}`, requirement: 'mandatory', accept: [], order, revision: 1, ...extra };
}

function doc(id: string, pieceId: string | null, extra: Partial<CollectedDocument> = {}): CollectedDocument {
  return {
    id,
    dossierId: 'D1',
    pieceId,
    state: 'obtained',
    name: `${id}.pdf`,
    originalName: `${id}.pdf`,
    mediaType: 'application/pdf',
    size: 10,
    digest: id.padEnd(64, '0'),
    issuedOn: null,
    addedAt: '2025-06-01T09:00:00.000Z',
    archivedAt: null,
    revision: 1,
    ...extra,
  };
}

function dossier(extra: Partial<Dossier> = {}, profile: ClientProfile = {}): Dossier {
  return {
    id: 'D1',
    riskTypeId: 'auto',
    phase: 'contract',
    stage: 'Signature',
    client: { id: 'C1', name: 'Jeanne Martin', email: 'jeanne@example.test', profile },
    contractId: 'K1',
    openedAt: '2025-05-01T08:00:00.000Z',
    convertedAt: null,
    closedAt: null,
    updatedAt: '2025-06-01T09:00:00.000Z',
    waivers: {},
    revision: 3,
    ...extra,
  };
}

function compute(
  pieces: ExpectedPiece[],
  documents: CollectedDocument[],
  options: { dossier?: Dossier; now?: Date } = {},
): ReturnType<typeof computeCompleteness> {
  const input: CompletenessInput = { dossier: options.dossier ?? dossier(), pieces, documents, now: options.now ?? NOW };
  return computeCompleteness(input);
}

function statusOf(result: ReturnType<typeof computeCompleteness>, pieceId: string): string | undefined {
  return result.pieces.find((p) => p.pieceId === pieceId)?.status;
}

describe('computeCompleteness', () => {
  it('gives every status', () => {
    const result = compute(
      [piece('missing', 0), piece('expired', 1, { validityDays: 30 }), piece('obtained', 2), piece('archived', 3), piece('waived', 4)],
      [
        doc('e1', 'expired', { issuedOn: '2025-01-01' }),
        doc('o1', 'obtained'),
        doc('a1', 'archived', { state: 'archived', archivedAt: '2025-06-02T00:00:00.000Z' }),
      ],
      { dossier: dossier({ waivers: { waived: { reason: 'Client sans véhicule', at: '2025-06-01T00:00:00.000Z' } } }) },
    );
    expect(result.pieces.map((p) => [p.pieceId, p.status])).to.deep.equal([
      ['missing', 'missing'],
      ['expired', 'expired'],
      ['obtained', 'obtained'],
      ['archived', 'archived'],
      ['waived', 'waived'],
    ]);
    expect(result.requiredMissing).to.equal(2);
    expect(result.missingPieceIds).to.deep.equal(['missing', 'expired']);
    expect(result.toArchive).to.equal(1);
    expect(result.unclassified).to.equal(0);
    expect(result.complete).to.equal(false);
    expect(result.archivable).to.equal(false);
    expect(result.dossierId).to.equal('D1');
  });

  it('is complete and empty with no pieces', () => {
    const result = compute([], []);
    expect(result).to.deep.equal({
      dossierId: 'D1',
      pieces: [],
      requiredMissing: 0,
      toArchive: 0,
      unclassified: 0,
      toReview: 0,
      missingPieceIds: [],
      pendingReviewPieceIds: [],
      complete: true,
      archivable: true,
      staleAt: null,
      validFrom: null,
    });
  });

  it('prefers a valid archived document to an obtained one, and a valid one to an expired one', () => {
    const pieces = [piece('p', 0, { validityDays: 10 })];
    const both = compute(pieces, [doc('o', 'p', { issuedOn: '2025-06-10' }), doc('a', 'p', { state: 'archived', issuedOn: '2025-06-10' })]);
    expect(statusOf(both, 'p')).to.equal('archived');
    const archivedExpired = compute(pieces, [
      doc('o', 'p', { issuedOn: '2025-06-10' }),
      doc('a', 'p', { state: 'archived', issuedOn: '2025-01-01' }),
    ]);
    expect(statusOf(archivedExpired, 'p')).to.equal('obtained');
    expect(archivedExpired.toArchive).to.equal(1);
  });

  describe('validity', () => {
    const pieces = [piece('p', 0, { validityDays: 90 })];
    // 2025-03-17 + 90 days = 2025-06-15, UTC midnight.
    const issuedOn = '2025-03-17';
    const expiry = '2025-06-15T00:00:00.000Z';

    it('counts a document as valid until the instant before its expiry', () => {
      const result = compute(pieces, [doc('d', 'p', { issuedOn })], { now: new Date(Date.parse(expiry) - 1) });
      expect(statusOf(result, 'p')).to.equal('obtained');
      expect(result.pieces[0]?.expiresAt).to.equal(expiry);
      expect(result.staleAt).to.equal(expiry);
    });

    it('counts it as expired exactly at its expiry', () => {
      const result = compute(pieces, [doc('d', 'p', { issuedOn })], { now: new Date(expiry) });
      expect(statusOf(result, 'p')).to.equal('expired');
      expect(result.pieces[0]?.expiresAt).to.equal(null);
      expect(result.staleAt).to.equal(null);
      expect(result.missingPieceIds).to.deep.equal(['p']);
    });

    it('dates an undated document by the UTC day it was added', () => {
      const added = doc('d', 'p', { issuedOn: null, addedAt: '2025-03-17T23:59:59.999Z' });
      expect(compute(pieces, [added], { now: new Date(Date.parse(expiry) - 1) }).pieces[0]?.expiresAt).to.equal(expiry);
      expect(statusOf(compute(pieces, [added], { now: new Date(expiry) }), 'p')).to.equal('expired');
    });

    it('falls back to the day added when issuedOn is not a real date', () => {
      for (const issued of ['2025-02-30', '17/03/2025', '2025-3-17', '']) {
        const result = compute(pieces, [doc('d', 'p', { issuedOn: issued, addedAt: '2025-03-17T10:00:00.000Z' })], {
          now: new Date('2025-06-14T12:00:00.000Z'),
        });
        expect(result.pieces[0]?.expiresAt, issued).to.equal(expiry);
      }
    });

    it('treats a document that cannot be dated at all as expired', () => {
      const result = compute(pieces, [doc('d', 'p', { issuedOn: null, addedAt: 'yesterday-ish' })]);
      expect(statusOf(result, 'p')).to.equal('expired');
    });

    it('never expires documents of a piece without validity', () => {
      const result = compute([piece('p', 0)], [doc('d', 'p', { issuedOn: '1990-01-01' })]);
      expect(statusOf(result, 'p')).to.equal('obtained');
      expect(result.pieces[0]?.expiresAt).to.equal(null);
      expect(result.staleAt).to.equal(null);
    });

    it('does not throw on a validity too long for a Date', () => {
      const result = compute([piece('p', 0, { validityDays: 1e12 })], [doc('d', 'p', { issuedOn: '2025-01-01' })]);
      expect(statusOf(result, 'p')).to.equal('obtained');
      expect(result.pieces[0]?.expiresAt).to.equal(null);
    });

    it('reports the latest expiry of the piece and the earliest of the dossier', () => {
      const result = compute(
        [piece('p', 0, { validityDays: 30 }), piece('q', 1, { validityDays: 365 }), piece('r', 2)],
        [
          doc('p-old', 'p', { issuedOn: '2025-06-01' }),
          doc('p-new', 'p', { issuedOn: '2025-06-10' }),
          doc('p-gone', 'p', { issuedOn: '2024-01-01' }),
          doc('q1', 'q', { issuedOn: '2025-01-01', state: 'archived' }),
          doc('r1', 'r'),
        ],
      );
      expect(result.pieces.map((p) => p.expiresAt)).to.deep.equal(['2025-07-10T00:00:00.000Z', '2026-01-01T00:00:00.000Z', null]);
      expect(result.staleAt).to.equal('2025-07-01T00:00:00.000Z');
    });
  });

  describe('waivers', () => {
    const pieces = [piece('p', 0, { validityDays: 30 })];
    const waived = dossier({ waivers: { p: { reason: 'Dispensé', at: '2025-06-01T00:00:00.000Z' } } });

    it('a waiver wins over expired documents', () => {
      const result = compute(pieces, [doc('old', 'p', { issuedOn: '2024-01-01' })], { dossier: waived });
      expect(statusOf(result, 'p')).to.equal('waived');
      expect(result.requiredMissing).to.equal(0);
      expect(result.complete).to.equal(true);
    });

    it('a valid document wins over a waiver', () => {
      const result = compute(pieces, [doc('new', 'p', { issuedOn: '2025-06-10' })], { dossier: waived });
      expect(statusOf(result, 'p')).to.equal('obtained');
    });

    it('only own waiver keys count', () => {
      const result = compute([piece('constructor', 0), piece('toString', 1)], [], { dossier: dossier({ waivers: {} }) });
      expect(result.pieces.map((p) => p.status)).to.deep.equal(['missing', 'missing']);
    });
  });

  describe('classification', () => {
    it('counts unclassified and removed-piece documents, ignoring other dossiers', () => {
      const result = compute(
        [piece('p', 0)],
        [
          doc('loose', null),
          doc('removed', 'gone-piece'),
          doc('proto', 'constructor'),
          doc('other', 'p', { dossierId: 'D2' }),
          doc('other-loose', null, { dossierId: 'D2' }),
        ],
      );
      expect(result.unclassified).to.equal(3);
      expect(statusOf(result, 'p')).to.equal('missing');
      expect(result.pieces[0]?.documentIds).to.deep.equal([]);
    });

    it('lists documents newest first, ties by id', () => {
      const result = compute(
        [piece('p', 0)],
        [
          doc('b', 'p', { addedAt: '2025-06-02T00:00:00.000Z' }),
          doc('c', 'p', { addedAt: '2025-06-03T00:00:00.000Z' }),
          doc('a', 'p', { addedAt: '2025-06-02T00:00:00.000Z' }),
          doc('z', 'p', { addedAt: '2025-06-01T00:00:00.000Z' }),
        ],
      );
      expect(result.pieces[0]?.documentIds).to.deep.equal(['c', 'a', 'b', 'z']);
    });

    it('orders pieces by order, then id, whatever the input order', () => {
      const result = compute([piece('b', 1), piece('c', 0), piece('a', 1), piece('B', 1)], []);
      expect(result.pieces.map((p) => p.pieceId)).to.deep.equal(['c', 'B', 'a', 'b']);
      expect(result.missingPieceIds).to.deep.equal(['c', 'B', 'a', 'b']);
    });
  });

  describe('profile rules', () => {
    const pieces = [
      piece('kbis', 0, { requirement: { mandatoryWhen: { attr: 'kind', eq: 'professionnel' } } }),
      piece('releve', 1, { requirement: { optionalWhen: { attr: 'driverAge', gt: 25 } } }),
      piece('photo', 2, { requirement: 'optional' }),
    ];

    it('requires what the rules require for this client', () => {
      const pro = compute(pieces, [], { dossier: dossier({}, { kind: 'professionnel', driverAge: 22 }) });
      expect(pro.pieces.map((p) => [p.required, p.requiredReason])).to.deep.equal([
        [true, 'rule-matched'],
        [true, 'rule-not-matched'],
        [false, 'optional'],
      ]);
      expect(pro.missingPieceIds).to.deep.equal(['kbis', 'releve']);

      const senior = compute(pieces, [], { dossier: dossier({}, { kind: 'particulier', driverAge: 40 }) });
      expect(senior.pieces.map((p) => [p.required, p.requiredReason])).to.deep.equal([
        [false, 'rule-not-matched'],
        [false, 'rule-matched'],
        [false, 'optional'],
      ]);
      expect(senior.requiredMissing).to.equal(0);
      expect(senior.complete).to.equal(true);
      expect(senior.archivable).to.equal(true);
    });

    it('treats a missing or mistyped attribute as not matching', () => {
      const result = compute(pieces, [], { dossier: dossier({}, { driverAge: '40' }) });
      expect(result.missingPieceIds).to.deep.equal(['releve']);
    });

    it('counts optional obtained pieces to archive but never as missing', () => {
      const result = compute(pieces, [doc('ph', 'photo')], { dossier: dossier({}, { kind: 'particulier', driverAge: 40 }) });
      expect(result.toArchive).to.equal(1);
      expect(result.requiredMissing).to.equal(0);
    });
  });

  it('is archivable only when complete and in contract phase', () => {
    const pieces = [piece('p', 0)];
    const documents = [doc('d', 'p')];
    expect(compute(pieces, documents, { dossier: dossier({ phase: 'contract' }) }).archivable).to.equal(true);
    expect(compute(pieces, documents, { dossier: dossier({ phase: 'proposal' }) }).archivable).to.equal(false);
    expect(compute(pieces, documents, { dossier: dossier({ phase: 'archived' }) }).archivable).to.equal(false);
    expect(compute(pieces, [], { dossier: dossier({ phase: 'contract' }) }).archivable).to.equal(false);
  });

  it('does not change its input', () => {
    const pieces = [piece('b', 1), piece('a', 0)];
    const documents = [doc('x', 'a', { addedAt: '2025-01-01T00:00:00.000Z' }), doc('y', 'a')];
    const before = JSON.stringify({ pieces, documents });
    compute(pieces, documents);
    expect(JSON.stringify({ pieces, documents })).to.equal(before);
  });
});

describe('computeCompleteness with reviews', () => {
  const pending = { status: 'pending', reason: null, note: null, reviewedAt: null } as const;
  const accepted = { status: 'accepted', reason: null, note: null, reviewedAt: '2025-06-10T00:00:00.000Z' } as const;
  const rejected = { status: 'rejected', reason: 'illegible', note: 'Trop flou', reviewedAt: '2025-06-10T00:00:00.000Z' } as const;

  it('counts a document waiting for review as pending-review, never as obtained', () => {
    const result = compute(
      [piece('p', 0), piece('q', 1, { requirement: 'optional' })],
      [doc('d', 'p', { review: pending }), doc('e', 'q', { review: pending })],
    );
    expect(statusOf(result, 'p')).to.equal('pending-review');
    expect(statusOf(result, 'q')).to.equal('pending-review');
    expect(result.toReview).to.equal(2);
    // Not missing: the reminder does not ask for it again; not complete: the contract cannot be archived.
    expect(result.requiredMissing).to.equal(0);
    expect(result.pendingReviewPieceIds).to.deep.equal(['p']);
    expect(result.complete).to.equal(false);
    expect(result.archivable).to.equal(false);
    expect(result.toArchive).to.equal(0);
  });

  it('counts an accepted document as obtained, and a refused one not at all (kept in the history)', () => {
    const result = compute([piece('p', 0), piece('q', 1)], [doc('d', 'p', { review: accepted }), doc('r', 'q', { review: rejected })]);
    expect(statusOf(result, 'p')).to.equal('obtained');
    expect(statusOf(result, 'q')).to.equal('missing');
    expect(result.pieces.find((p) => p.pieceId === 'q')?.documentIds).to.deep.equal(['r']);
    expect(result.missingPieceIds).to.deep.equal(['q']);
    expect(result.toReview).to.equal(0);
  });

  it('keeps a piece obtained while a newer version waits for review, and lets a waiver outrank a pending document', () => {
    const result = compute(
      [piece('p', 0), piece('w', 1)],
      [
        doc('old', 'p', { addedAt: '2025-06-01T00:00:00.000Z' }),
        doc('new', 'p', { review: pending, addedAt: '2025-06-12T00:00:00.000Z' }),
        doc('x', 'w', { review: pending }),
      ],
      { dossier: dossier({ waivers: { w: { reason: 'Inutile', at: '2025-06-01T00:00:00.000Z' } } }) },
    );
    expect(statusOf(result, 'p')).to.equal('obtained');
    expect(result.pieces.find((p) => p.pieceId === 'p')?.documentIds).to.deep.equal(['new', 'old']);
    expect(statusOf(result, 'w')).to.equal('waived');
    expect(result.toReview).to.equal(2);
    expect(result.archivable).to.equal(true);
  });

  it('lets a document waiting for review expire like any other', () => {
    const pieces = [piece('p', 0, { validityDays: 30 })];
    const result = compute(pieces, [doc('d', 'p', { review: pending, issuedOn: '2025-06-01' })]);
    expect(result.pieces[0]?.timeline).to.deep.equal([
      { status: 'pending-review', until: '2025-07-01T00:00:00.000Z' },
      { status: 'expired', until: null },
    ]);
    expect(
      statusOf(
        compute(pieces, [doc('d', 'p', { review: pending, issuedOn: '2025-06-01' })], { now: new Date('2025-07-02T00:00:00.000Z') }),
        'p',
      ),
    ).to.equal('expired');
  });

  it('summarizes the documents to review, and an incomplete dossier while a required one waits', () => {
    const d = dossier();
    const summary = summarizeDossier(d, compute([piece('p', 0)], [doc('d', 'p', { review: pending })], { dossier: d }), null, 1);
    expect(summary.toReview).to.equal(1);
    expect(summary.reviewPending).to.equal(1);
    expect(summary.requiredMissing).to.equal(0);
    expect(summary.incomplete).to.equal(1);
    expect(summary.pieces).to.deep.equal([
      { pieceId: 'p', label: 'Label p', required: true, timeline: [{ status: 'pending-review', until: null }] },
    ]);
  });
});

describe('summarizeDossier', () => {
  it('summarizes a converted dossier', () => {
    const d = dossier({ convertedAt: '2025-05-20T10:00:00.000Z' });
    const completeness = compute(
      [piece('p', 0, { label: 'Permis de conduire' }), piece('q', 1, { label: 'Carte grise', validityDays: 30 }), piece('r', 2)],
      [doc('q1', 'q', { issuedOn: '2025-06-01' }), doc('loose', null)],
      { dossier: d },
    );
    expect(summarizeDossier(d, completeness, '2025-06-10T08:00:00.000Z', 7)).to.deep.equal({
      id: 'D1',
      riskTypeId: 'auto',
      phase: 'contract',
      stage: 'Signature',
      clientName: 'Jeanne Martin',
      contractId: 'K1',
      requiredMissing: 2,
      toArchive: 1,
      unclassified: 1,
      toReview: 0,
      reviewPending: 0,
      incomplete: 1,
      missingLabels: ['Permis de conduire', 'Label r'],
      missingPieceIds: ['p', 'r'],
      since: '2025-05-20T10:00:00.000Z',
      lastReminderAt: '2025-06-10T08:00:00.000Z',
      validFrom: null,
      staleAt: '2025-07-01T00:00:00.000Z',
      // Required pieces missing for good, and every piece whose status changes with time.
      pieces: [
        { pieceId: 'p', label: 'Permis de conduire', required: true, timeline: [{ status: 'missing', until: null }] },
        {
          pieceId: 'q',
          label: 'Carte grise',
          required: true,
          timeline: [
            { status: 'obtained', until: '2025-07-01T00:00:00.000Z' },
            { status: 'expired', until: null },
          ],
        },
        { pieceId: 'r', label: 'Label r', required: true, timeline: [{ status: 'missing', until: null }] },
      ],
      revision: 7,
    });
  });

  it('uses the opening date before conversion, and 0 when complete', () => {
    const d = dossier({ phase: 'proposal', contractId: null, stage: null });
    const summary = summarizeDossier(d, compute([], [], { dossier: d }), null, 1);
    expect(summary.since).to.equal('2025-05-01T08:00:00.000Z');
    expect(summary.incomplete).to.equal(0);
    expect(summary.missingLabels).to.deep.equal([]);
    expect(summary.staleAt).to.equal(null);
    expect(summary.lastReminderAt).to.equal(null);
    expect(summary.contractId).to.equal(null);
  });
});
