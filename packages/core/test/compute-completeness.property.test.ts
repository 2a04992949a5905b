import { expect } from 'chai';
import fc from 'fast-check';
import { computeCompleteness } from '../src/completeness/compute-completeness.js';
import type { CompletenessInput } from '../src/completeness/completeness-input.js';
import type { CollectedDocument } from '../src/model/collected-document.js';
import type { DocumentReview } from '../src/model/document-review.js';
import type { Completeness, PieceStatus } from '../src/model/completeness.js';
import type { Dossier, DossierPhase, Waiver } from '../src/model/dossier.js';
import { summarizeDossier } from '../src/completeness/summarize-dossier.js';
import { summaryAt } from '../src/completeness/summary-at.js';
import { stepIndexAt } from '../src/completeness/status-at.js';
import type { ExpectedPiece } from '../src/model/expected-piece.js';
import type { ClientProfile, Condition, ProfileValue, Requirement } from '../src/model/requirement.js';

/** Fixed so a failing run reproduces: rerun with the same seed (and `path` from the report). */
const SEED = 20251128;
const RUNS = 300;
const SETTINGS = { numRuns: RUNS, seed: SEED };

const DAY = 24 * 60 * 60 * 1000;
const EPOCH = Date.UTC(2025, 0, 1);
const DOSSIER_ID = 'D1';
/** Includes names of Object.prototype members, to catch inherited lookups. */
const PIECE_IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'constructor', 'toString'];
const ATTRS = ['kind', 'age', 'pro', 'constructor'];
const VALUES: ProfileValue[] = ['pro', 'part', '', 0, 18, 25, 40, true, false, null];

// ---------------------------------------------------------------------------
// Reference implementation: deliberately naive, shares no code with src/.
// ---------------------------------------------------------------------------

function refHas(profile: ClientProfile, attr: string): boolean {
  const keys = Object.keys(profile);
  for (let i = 0; i < keys.length; i++) if (keys[i] === attr) return true;
  return false;
}

function refEvaluate(c: Condition, profile: ClientProfile): boolean {
  if ('all' in c) {
    for (let i = 0; i < c.all.length; i++) if (!refEvaluate(c.all[i]!, profile)) return false;
    return true;
  }
  if ('any' in c) {
    for (let i = 0; i < c.any.length; i++) if (refEvaluate(c.any[i]!, profile)) return true;
    return false;
  }
  if ('not' in c) return !refEvaluate(c.not, profile);
  const has = refHas(profile, c.attr);
  const value = has ? profile[c.attr] : undefined;
  if ('eq' in c) return has && value === c.eq;
  if ('in' in c) {
    if (!has) return false;
    for (let i = 0; i < c.in.length; i++) if (c.in[i] === value) return true;
    return false;
  }
  if ('gt' in c) return has && typeof value === 'number' && value > c.gt;
  if ('lt' in c) return has && typeof value === 'number' && value < c.lt;
  const present = has && value !== null;
  return c.exists ? present : !present;
}

function refRequired(requirement: Requirement, profile: ClientProfile): [boolean, PieceStatus['requiredReason']] {
  if (requirement === 'mandatory') return [true, 'mandatory'];
  if (requirement === 'optional') return [false, 'optional'];
  if ('mandatoryWhen' in requirement) {
    if (refEvaluate(requirement.mandatoryWhen, profile)) return [true, 'rule-matched'];
    return [false, 'rule-not-matched'];
  }
  if (refEvaluate(requirement.optionalWhen, profile)) return [false, 'rule-matched'];
  return [true, 'rule-not-matched'];
}

/** Expiry in ms, or null when the piece has no validity. Dates here are always well formed. */
function refExpiry(document: CollectedDocument, validityDays: number | undefined): number | null {
  if (validityDays === undefined) return null;
  const day = document.issuedOn !== null ? document.issuedOn : document.addedAt.slice(0, 10);
  const parts = day.split('-');
  return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) + validityDays * DAY;
}

/** What the reference computes: a completeness without the timelines and `validFrom`, which are checked through recomputation. */
type RefCompleteness = Omit<Completeness, 'validFrom' | 'pieces'> & { pieces: Omit<PieceStatus, 'timeline'>[] };

function refCompleteness(input: CompletenessInput): RefCompleteness {
  const nowMs = input.now.getTime();
  // Bubble sort by order, then id.
  const pieces = input.pieces.slice();
  for (let i = 0; i < pieces.length; i++) {
    for (let j = 0; j + 1 < pieces.length - i; j++) {
      const a = pieces[j]!;
      const b = pieces[j + 1]!;
      if (a.order > b.order || (a.order === b.order && a.id > b.id)) {
        pieces[j] = b;
        pieces[j + 1] = a;
      }
    }
  }

  const statuses: Omit<PieceStatus, 'timeline'>[] = [];
  const missing: string[] = [];
  const reviewing: string[] = [];
  let toArchive = 0;
  let staleAt: number | null = null;
  for (const piece of pieces) {
    const mine: CollectedDocument[] = [];
    for (const d of input.documents) if (d.dossierId === input.dossier.id && d.pieceId === piece.id) mine.push(d);
    // Bubble sort newest addedAt first (same-format ISO strings), ties by id.
    for (let i = 0; i < mine.length; i++) {
      for (let j = 0; j + 1 < mine.length - i; j++) {
        const a = mine[j]!;
        const b = mine[j + 1]!;
        if (a.addedAt < b.addedAt || (a.addedAt === b.addedAt && a.id > b.id)) {
          mine[j] = b;
          mine[j + 1] = a;
        }
      }
    }
    let hasArchived = false;
    let hasObtained = false;
    let hasPending = false;
    let counted = 0;
    let latest: number | null = null;
    for (const d of mine) {
      if (d.review?.status === 'rejected') continue;
      counted++;
      const expiry = refExpiry(d, piece.validityDays);
      const valid = expiry === null || nowMs < expiry;
      if (!valid) continue;
      if (d.review?.status === 'pending') hasPending = true;
      else if (d.state === 'archived') hasArchived = true;
      else if (d.state === 'obtained') hasObtained = true;
      if (expiry !== null) {
        if (latest === null || expiry > latest) latest = expiry;
        if (staleAt === null || expiry < staleAt) staleAt = expiry;
      }
    }
    let waived = false;
    for (const key of Object.keys(input.dossier.waivers)) if (key === piece.id) waived = true;
    let status: PieceStatus['status'];
    if (hasArchived) status = 'archived';
    else if (hasObtained) status = 'obtained';
    else if (waived) status = 'waived';
    else if (hasPending) status = 'pending-review';
    else if (counted > 0) status = 'expired';
    else status = 'missing';
    const [required, requiredReason] = refRequired(piece.requirement, input.dossier.client.profile);
    if (required && (status === 'missing' || status === 'expired')) missing.push(piece.id);
    if (required && status === 'pending-review') reviewing.push(piece.id);
    if (status === 'obtained') toArchive++;
    const ids: string[] = [];
    for (const d of mine) ids.push(d.id);
    statuses.push({
      pieceId: piece.id,
      label: piece.label,
      status,
      required,
      requiredReason,
      documentIds: ids,
      expiresAt: latest === null ? null : new Date(latest).toISOString(),
    });
  }

  let unclassified = 0;
  let toReview = 0;
  for (const d of input.documents) {
    if (d.dossierId !== input.dossier.id) continue;
    if (d.review?.status === 'pending') toReview++;
    let known = false;
    for (const piece of input.pieces) if (piece.id === d.pieceId) known = true;
    if (!known) unclassified++;
  }

  return {
    dossierId: input.dossier.id,
    pieces: statuses,
    requiredMissing: missing.length,
    toArchive,
    unclassified,
    toReview,
    missingPieceIds: missing,
    pendingReviewPieceIds: reviewing,
    complete: missing.length === 0 && reviewing.length === 0,
    archivable: missing.length === 0 && reviewing.length === 0 && input.dossier.phase === 'contract',
    staleAt: staleAt === null ? null : new Date(staleAt).toISOString(),
  };
}

// ---------------------------------------------------------------------------
// Arbitraries. Small pools of days, ids and values so that ties, exact expiry
// boundaries, waivers on expired pieces and matching rules happen often.
// ---------------------------------------------------------------------------

const dayText = fc.integer({ min: 0, max: 40 }).map((n) => new Date(EPOCH + n * DAY).toISOString().slice(0, 10));
const timestamp = fc.oneof(
  // A few shared instants, so that documents tie on addedAt.
  fc.constantFrom(0, 1, 7).map((n) => new Date(EPOCH + n * DAY).toISOString()),
  fc.integer({ min: 0, max: 40 }).map((n) => new Date(EPOCH + n * DAY).toISOString()),
  fc.integer({ min: 0, max: 40 * DAY }).map((ms) => new Date(EPOCH + ms).toISOString()),
);
const value = fc.constantFrom(...VALUES);
const attr = fc.constantFrom(...ATTRS);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.record({ attr, eq: value }),
    fc.record({ attr, in: fc.array(value, { maxLength: 4 }) }),
    fc.record({ attr, gt: fc.constantFrom(-1, 0, 18, 25, 30.5) }),
    fc.record({ attr, lt: fc.constantFrom(-1, 0, 18, 25, 30.5) }),
    fc.record({ attr, exists: fc.boolean() }),
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const requirement: fc.Arbitrary<Requirement> = fc.oneof(
  fc.constantFrom<Requirement>('mandatory', 'optional'),
  condition.map((c): Requirement => ({ mandatoryWhen: c })),
  condition.map((c): Requirement => ({ optionalWhen: c })),
);

function pieceArbitrary(id: string): fc.Arbitrary<ExpectedPiece> {
  return fc
    .record({
      requirement,
      order: fc.integer({ min: 0, max: 3 }),
      validityDays: fc.constantFrom<number | undefined>(undefined, undefined, 0, 1, 7, 30),
    })
    .map(({ requirement: r, order, validityDays }) => {
      const piece: ExpectedPiece = { id, riskTypeId: 'R', label: `Label ${id}`, requirement: r, accept: [], order, revision: 1 };
      return validityDays === undefined ? piece : { ...piece, validityDays };
    });
}

const pieces: fc.Arbitrary<ExpectedPiece[]> = fc
  .subarray(PIECE_IDS)
  .chain((ids): fc.Arbitrary<ExpectedPiece[]> => (ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(pieceArbitrary))))
  .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

/** Mostly no review (a broker's own document), else every review status. */
const review = fc.constantFrom<DocumentReview | undefined>(
  undefined,
  undefined,
  { status: 'pending', reason: null, note: null, reviewedAt: null },
  { status: 'accepted', reason: null, note: null, reviewedAt: new Date(EPOCH).toISOString() },
  { status: 'rejected', reason: 'illegible', note: null, reviewedAt: new Date(EPOCH).toISOString() },
);

function documentArbitrary(id: string): fc.Arbitrary<CollectedDocument> {
  return fc
    .record({
      review,
      id: fc.constant(id),
      dossierId: fc.constantFrom(DOSSIER_ID, DOSSIER_ID, DOSSIER_ID, 'D2'),
      pieceId: fc.oneof(fc.constant(null), fc.constantFrom(...PIECE_IDS), fc.constantFrom('removed', '__proto__')),
      state: fc.constantFrom<CollectedDocument['state']>('obtained', 'archived'),
      name: fc.constant(`${id}.pdf`),
      originalName: fc.constant(`${id}.pdf`),
      mediaType: fc.constant('application/pdf'),
      size: fc.constant(1),
      digest: fc.constant('0'.repeat(64)),
      issuedOn: fc.option(dayText, { nil: null }),
      addedAt: timestamp,
      archivedAt: fc.constant(null),
      revision: fc.constant(1),
    })
    .map(({ review: r, ...d }): CollectedDocument => (r === undefined ? d : { ...d, review: r }));
}

const documents: fc.Arbitrary<CollectedDocument[]> = fc
  .integer({ min: 0, max: 12 })
  .chain((n): fc.Arbitrary<CollectedDocument[]> =>
    n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => documentArbitrary(`d${i}`))),
  );

const waivers: fc.Arbitrary<Record<string, Waiver>> = fc
  .subarray([...PIECE_IDS, 'removed'])
  .map((ids) => Object.fromEntries(ids.map((id) => [id, { reason: 'Dispense', at: new Date(EPOCH).toISOString() }])));

const profile: fc.Arbitrary<ClientProfile> = fc.dictionary(attr, value, { maxKeys: 4 });

/** Often exactly a UTC midnight, where documents expire. */
const now = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((n) => new Date(EPOCH + n * DAY)),
  fc.integer({ min: 0, max: 60 * DAY }).map((ms) => new Date(EPOCH + ms)),
);

const input: fc.Arbitrary<CompletenessInput> = fc
  .record({
    pieces,
    documents,
    waivers,
    profile,
    now,
    phase: fc.constantFrom<DossierPhase>('proposal', 'contract', 'archived', 'lost'),
  })
  .map(({ pieces: p, documents: d, waivers: w, profile: pr, now: n, phase }) => ({
    dossier: { id: DOSSIER_ID, phase, waivers: w, client: { id: 'C', name: 'Client', email: 'c@example.test', profile: pr } },
    pieces: p,
    documents: d,
    now: n,
  }));

// ---------------------------------------------------------------------------

/** A whole dossier around a property input's partial one. */
function fullDossier(i: CompletenessInput): Dossier {
  return {
    ...i.dossier,
    riskTypeId: 'auto',
    stage: null,
    contractId: null,
    openedAt: new Date(EPOCH).toISOString(),
    convertedAt: null,
    closedAt: null,
    updatedAt: new Date(EPOCH).toISOString(),
    revision: 1,
  };
}

describe(`computeCompleteness properties (${RUNS} runs, seed ${SEED})`, () => {
  it('matches the naive reference implementation', () => {
    fc.assert(
      fc.property(input, (i) => {
        // The timelines and `validFrom` are checked against a recomputation at other moments below.
        const { validFrom: _validFrom, ...computed } = computeCompleteness(i);
        const withoutTimelines = { ...computed, pieces: computed.pieces.map(({ timeline: _timeline, ...piece }) => piece) };
        expect(withoutTimelines).to.deep.equal(refCompleteness(i));
      }),
      SETTINGS,
    );
  });

  it('tells every piece’s status at any other moment through its timeline', () => {
    fc.assert(
      fc.property(input, now, (i, later) => {
        const timelines = computeCompleteness(i).pieces;
        const then = computeCompleteness({ ...i, now: later });
        then.pieces.forEach((piece, index) => {
          const timeline = timelines[index]!.timeline;
          expect(timeline[stepIndexAt(timeline, later.getTime())]?.status, piece.pieceId).to.equal(piece.status);
        });
      }),
      SETTINGS,
    );
  });

  it('gives a summary whose figures at any other moment equal a recomputation then', () => {
    fc.assert(
      fc.property(input, now, (i, other) => {
        const dossier = fullDossier(i);
        const stored = summarizeDossier(dossier, computeCompleteness(i), null, 1);
        const expected = summarizeDossier(dossier, computeCompleteness({ ...i, now: other }), null, 1);
        const { pieces: _a, ...at } = summaryAt(stored, other);
        const { pieces: _b, ...recomputed } = expected;
        expect(at).to.deep.equal(recomputed);
        // The span the stored figures claim holds them, and holds the moment they were computed at.
        if (stored.validFrom !== null) expect(Date.parse(stored.validFrom ?? '')).to.be.at.most(i.now.getTime());
        if (stored.staleAt !== null) expect(Date.parse(stored.staleAt)).to.be.greaterThan(i.now.getTime());
      }),
      SETTINGS,
    );
  });

  it('keeps its counts consistent with its lists and flags', () => {
    fc.assert(
      fc.property(input, (i) => {
        const c = computeCompleteness(i);
        expect(c.requiredMissing).to.equal(c.missingPieceIds.length);
        expect(c.complete).to.equal(c.requiredMissing === 0 && c.pendingReviewPieceIds.length === 0);
        expect(c.pendingReviewPieceIds).to.deep.equal(
          c.pieces.filter((p) => p.required && p.status === 'pending-review').map((p) => p.pieceId),
        );
        expect(c.archivable).to.equal(c.complete && i.dossier.phase === 'contract');
        expect(c.toArchive).to.equal(c.pieces.filter((p) => p.status === 'obtained').length);
        expect(c.pieces.length).to.equal(i.pieces.length);
        if (c.staleAt !== null) expect(Date.parse(c.staleAt)).to.be.greaterThan(i.now.getTime());
      }),
      SETTINGS,
    );
  });

  it('does not depend on the order of its input lists', () => {
    fc.assert(
      fc.property(input, (i) => {
        const reversed = { ...i, pieces: [...i.pieces].reverse(), documents: [...i.documents].reverse() };
        expect(computeCompleteness(reversed)).to.deep.equal(computeCompleteness(i));
      }),
      SETTINGS,
    );
  });

  it('never increases requiredMissing when a valid obtained document is added to a piece', () => {
    const withPiece = input.filter((i) => i.pieces.length > 0);
    fc.assert(
      fc.property(withPiece, fc.nat(), (i, pick) => {
        const piece = i.pieces[pick % i.pieces.length]!;
        fc.pre(piece.validityDays !== 0); // with 0 days no document is ever valid
        const added: CollectedDocument = {
          id: 'added',
          dossierId: DOSSIER_ID,
          pieceId: piece.id,
          state: 'obtained',
          name: 'added.pdf',
          originalName: 'added.pdf',
          mediaType: 'application/pdf',
          size: 1,
          digest: '1'.repeat(64),
          issuedOn: i.now.toISOString().slice(0, 10),
          addedAt: i.now.toISOString(),
          archivedAt: null,
          revision: 1,
        };
        const before = computeCompleteness(i);
        const after = computeCompleteness({ ...i, documents: [...i.documents, added] });
        expect(after.requiredMissing).to.be.at.most(before.requiredMissing);
        expect(after.missingPieceIds).to.not.include(piece.id);
        const status = after.pieces.find((p) => p.pieceId === piece.id)?.status;
        expect(status).to.be.oneOf(['obtained', 'archived']);
        expect(after.pieces.find((p) => p.pieceId === piece.id)?.documentIds).to.include('added');
      }),
      SETTINGS,
    );
  });
});
