import type { CollectedDocument } from '../model/collected-document.js';
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
 * `archived`; a valid `obtained` one → `obtained`; waived → `waived`; only
 * expired documents → `expired`; none → `missing`. A document is valid while
 * `now` is before its expiry (see `documentExpiry`).
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
  for (const document of documents) {
    const list = document.pieceId === null ? undefined : byPiece.get(document.pieceId);
    if (list) list.push(document);
    else unclassified += 1;
  }

  const waivers: object = dossier.waivers ?? {};
  const profile = dossier.client.profile;
  const statuses: PieceStatus[] = [];
  const missingPieceIds: string[] = [];
  let toArchive = 0;
  let staleAt: number | null = null;

  let validFrom: number | null = null;

  for (const piece of pieces) {
    const pieceDocuments = [...(byPiece.get(piece.id) ?? [])].sort(newestFirst);
    let validArchived = false;
    let validObtained = false;
    let latestExpiry: number | null = null;
    // Until when some archived (obtained) document is valid: -Infinity none ever, +Infinity for ever.
    let archivedUntil = Number.NEGATIVE_INFINITY;
    let obtainedUntil = Number.NEGATIVE_INFINITY;
    for (const document of pieceDocuments) {
      const expiry = documentExpiry(document, piece.validityDays);
      const until = expiry ?? Number.POSITIVE_INFINITY;
      if (document.state === 'archived') archivedUntil = Math.max(archivedUntil, until);
      else if (document.state === 'obtained') obtainedUntil = Math.max(obtainedUntil, until);
      if (expiry !== null && nowMs >= expiry) {
        if (Number.isFinite(expiry)) validFrom = validFrom === null ? expiry : Math.max(validFrom, expiry);
        continue;
      }
      if (document.state === 'archived') validArchived = true;
      else if (document.state === 'obtained') validObtained = true;
      if (expiry !== null) {
        latestExpiry = latestExpiry === null ? expiry : Math.max(latestExpiry, expiry);
        staleAt = staleAt === null ? expiry : Math.min(staleAt, expiry);
      }
    }
    const waived = Object.hasOwn(waivers, piece.id) && (waivers as Record<string, unknown>)[piece.id] != null;
    const fallback: PieceStatusValue = waived ? 'waived' : pieceDocuments.length > 0 ? 'expired' : 'missing';
    const status: PieceStatusValue = validArchived ? 'archived' : validObtained ? 'obtained' : fallback;
    const { required, reason } = isPieceRequired(piece.requirement, profile);
    if (required && (status === 'missing' || status === 'expired')) missingPieceIds.push(piece.id);
    if (status === 'obtained') toArchive += 1;
    statuses.push({
      pieceId: piece.id,
      label: piece.label,
      status,
      required,
      requiredReason: reason,
      documentIds: pieceDocuments.map((document) => document.id),
      expiresAt: latestExpiry === null ? null : new Date(latestExpiry).toISOString(),
      timeline: statusTimeline(archivedUntil, obtainedUntil, fallback),
    });
  }

  const requiredMissing = missingPieceIds.length;
  return {
    dossierId: dossier.id,
    pieces: statuses,
    requiredMissing,
    toArchive,
    unclassified,
    missingPieceIds,
    complete: requiredMissing === 0,
    archivable: requiredMissing === 0 && dossier.phase === 'contract',
    staleAt: staleAt === null ? null : new Date(staleAt).toISOString(),
    validFrom: validFrom === null ? null : new Date(validFrom).toISOString(),
  };
}

/**
 * A piece's status over time: archived while an archived document is valid,
 * then obtained while an obtained one is, then its fallback for good.
 */
function statusTimeline(archivedUntil: number, obtainedUntil: number, fallback: PieceStatusValue): PieceStatusStep[] {
  const steps: PieceStatusStep[] = [];
  const step = (status: PieceStatusValue, until: number): void => {
    steps.push({ status, until: until === Number.POSITIVE_INFINITY ? null : new Date(until).toISOString() });
  };
  if (archivedUntil > Number.NEGATIVE_INFINITY) step('archived', archivedUntil);
  if (archivedUntil !== Number.POSITIVE_INFINITY && obtainedUntil > archivedUntil) step('obtained', obtainedUntil);
  if (steps.length === 0 || steps[steps.length - 1]?.until !== null) step(fallback, Number.POSITIVE_INFINITY);
  return steps;
}
