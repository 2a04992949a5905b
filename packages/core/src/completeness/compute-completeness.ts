import type { CollectedDocument } from '../model/collected-document.js';
import type { DocumentReviewStatus } from '../model/document-review.js';
import type { Completeness, PieceStatus, PieceStatusStep, PieceStatusValue } from '../model/completeness.js';
import { isPieceRequired } from '../requirement/is-piece-required.js';
import type { CompletenessInput } from './completeness-input.js';
import { documentExpiry } from './document-expiry.js';
import { comparePieces } from '../model/compare-pieces.js';

/** Code-unit order: the same on every runtime and locale, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An unparsable `addedAt` sorts as the oldest. */
function addedTime(document: CollectedDocument): number {
  const time = Date.parse(document.addedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function newestFirst(a: CollectedDocument, b: CollectedDocument): number {
  const ta = addedTime(a);
  const tb = addedTime(b);
  return ta === tb ? compareText(a.id, b.id) : tb > ta ? 1 : -1;
}

/**
 * The completeness of a dossier: the status of each expected piece for this
 * client, and the counts the badge, checklist and audit show. Pure and
 * deterministic: the same input always gives the same output, and only
 * `input.now` brings time in.
 *
 * Status of a piece, first that applies: a valid `archived` document →
 * `archived`; a valid `obtained` one → `obtained`; waived → `waived`; a valid
 * document waiting for review → `pending-review`; only expired documents →
 * `expired`; none → `missing`. A document is valid while `now` is before its
 * expiry (see `documentExpiry`). A document waiting for review counts only as
 * `pending-review`; a rejected one does not count at all (it stays listed in
 * `documentIds`, the piece's history).
 *
 * @example
 * const completeness = computeCompleteness({ dossier, pieces, documents, now: new Date() });
 * badge.count = completeness.requiredMissing;
 */
export function computeCompleteness(input: CompletenessInput): Completeness {
  const { dossier, now } = input;
  const nowMs = now.getTime();
  const pieces = [...input.pieces].sort(comparePieces);
  const documents = input.documents.filter((document) => document.dossierId === dossier.id);

  const byPiece = new Map<string, CollectedDocument[]>();
  for (const piece of pieces) byPiece.set(piece.id, []);
  let unclassified = 0;
  let toReview = 0;
  for (const document of documents) {
    if (reviewOf(document) === 'pending') toReview += 1;
    const list = document.pieceId === null ? undefined : byPiece.get(document.pieceId);
    if (list) list.push(document);
    else unclassified += 1;
  }

  const waivers: object = dossier.waivers ?? {};
  const profile = dossier.client.profile;
  const statuses: PieceStatus[] = [];
  const missingPieceIds: string[] = [];
  const pendingReviewPieceIds: string[] = [];
  let toArchive = 0;
  let staleAt: number | null = null;

  let validFrom: number | null = null;

  for (const piece of pieces) {
    const pieceDocuments = [...(byPiece.get(piece.id) ?? [])].sort(newestFirst);
    let validArchived = false;
    let validObtained = false;
    let validPending = false;
    let counted = 0;
    let latestExpiry: number | null = null;
    // Until when some archived (obtained, pending) document is valid: -Infinity none ever, +Infinity for ever.
    let archivedUntil = Number.NEGATIVE_INFINITY;
    let obtainedUntil = Number.NEGATIVE_INFINITY;
    let pendingUntil = Number.NEGATIVE_INFINITY;
    for (const document of pieceDocuments) {
      const review = reviewOf(document);
      // Refused by the broker: kept in the history, never evidence of anything.
      if (review === 'rejected') continue;
      counted += 1;
      const pending = review === 'pending';
      const expiry = documentExpiry(document, piece.validityDays);
      const until = expiry ?? Number.POSITIVE_INFINITY;
      if (pending) pendingUntil = Math.max(pendingUntil, until);
      else if (document.state === 'archived') archivedUntil = Math.max(archivedUntil, until);
      else if (document.state === 'obtained') obtainedUntil = Math.max(obtainedUntil, until);
      if (expiry !== null && nowMs >= expiry) {
        if (Number.isFinite(expiry)) validFrom = validFrom === null ? expiry : Math.max(validFrom, expiry);
        continue;
      }
      if (pending) validPending = true;
      else if (document.state === 'archived') validArchived = true;
      else if (document.state === 'obtained') validObtained = true;
      if (expiry !== null) {
        latestExpiry = latestExpiry === null ? expiry : Math.max(latestExpiry, expiry);
        staleAt = staleAt === null ? expiry : Math.min(staleAt, expiry);
      }
    }
    const waived = Object.hasOwn(waivers, piece.id) && (waivers as Record<string, unknown>)[piece.id] != null;
    const fallback: PieceStatusValue = waived ? 'waived' : counted > 0 ? 'expired' : 'missing';
    const status: PieceStatusValue = validArchived
      ? 'archived'
      : validObtained
        ? 'obtained'
        : !waived && validPending
          ? 'pending-review'
          : fallback;
    const { required, reason } = isPieceRequired(piece.requirement, profile);
    if (required && (status === 'missing' || status === 'expired')) missingPieceIds.push(piece.id);
    if (required && status === 'pending-review') pendingReviewPieceIds.push(piece.id);
    if (status === 'obtained') toArchive += 1;
    statuses.push({
      pieceId: piece.id,
      label: piece.label,
      status,
      required,
      requiredReason: reason,
      documentIds: pieceDocuments.map((document) => document.id),
      expiresAt: latestExpiry === null ? null : new Date(latestExpiry).toISOString(),
      timeline: statusTimeline(
        [
          ['archived', archivedUntil],
          ['obtained', obtainedUntil],
          // A waiver outranks a document still to review: the piece is settled either way.
          ['pending-review', waived ? Number.NEGATIVE_INFINITY : pendingUntil],
        ],
        fallback,
      ),
    });
  }

  const requiredMissing = missingPieceIds.length;
  const complete = requiredMissing === 0 && pendingReviewPieceIds.length === 0;
  return {
    dossierId: dossier.id,
    pieces: statuses,
    requiredMissing,
    toArchive,
    unclassified,
    toReview,
    missingPieceIds,
    pendingReviewPieceIds,
    complete,
    archivable: complete && dossier.phase === 'contract',
    staleAt: staleAt === null ? null : new Date(staleAt).toISOString(),
    validFrom: validFrom === null ? null : new Date(validFrom).toISOString(),
  };
}

/** The review status of a document; `undefined` when it needs none (or its review is unreadable). */
function reviewOf(document: CollectedDocument): DocumentReviewStatus | undefined {
  const status = (document.review as { status?: unknown } | undefined)?.status;
  return status === 'pending' || status === 'accepted' || status === 'rejected' ? status : undefined;
}

/**
 * A piece's status over time: each candidate status (best first) holds while
 * one of its documents is valid, as far as it reaches beyond the better ones;
 * then the fallback holds for good.
 */
function statusTimeline(candidates: readonly (readonly [PieceStatusValue, number])[], fallback: PieceStatusValue): PieceStatusStep[] {
  const steps: PieceStatusStep[] = [];
  const step = (status: PieceStatusValue, until: number): void => {
    steps.push({ status, until: until === Number.POSITIVE_INFINITY ? null : new Date(until).toISOString() });
  };
  let reach = Number.NEGATIVE_INFINITY;
  for (const [status, until] of candidates) {
    if (until <= reach) continue;
    step(status, until);
    reach = until;
    if (reach === Number.POSITIVE_INFINITY) return steps;
  }
  step(fallback, Number.POSITIVE_INFINITY);
  return steps;
}
