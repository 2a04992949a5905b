import { DEFAULT_MAX_BYTES, mediaTypeMatches, type CollectedDocument, type ExpectedPiece, type Locale } from '@dossier/core';
import { needsReview } from '@dossier/core/adapter';
import type { CommitPlan } from './commit-plan.js';
import { forged } from './forged.js';
import { lifecycleAllows } from './lifecycle-allows.js';
import type { VerificationReads } from './verification-reads.js';

/** Fields of a document that never change once it is stored. */
const FIXED: readonly (keyof CollectedDocument)[] = [
  'id',
  'dossierId',
  'name',
  'originalName',
  'mediaType',
  'size',
  'digest',
  'issuedOn',
  'addedAt',
  'passwordProtected',
  'origin',
  'uploadLinkId',
];

/**
 * A document write is one of core's: adding a file to a dossier whose phase
 * allows it (classified to a piece of its risk type that accepts its kind
 * and size, not the same bytes twice), classifying, archiving, removing —
 * or, in the same commit as its dossier's archiving or its piece's removal,
 * being filed or unclassified. A document from the client's portal only comes through the
 * server's own portal endpoint, never through a commit; one the broker adds waits for review when
 * its piece says `always`; a review only goes from pending to accepted or refused.
 */
export async function checkDocumentChange(
  id: string,
  after: CollectedDocument | undefined,
  before: CollectedDocument | undefined,
  plan: CommitPlan,
  reads: VerificationReads,
  locale: Locale,
): Promise<void> {
  const dossierId = (after ?? before)?.dossierId as string;
  const dossier = await reads.dossierBefore(dossierId);
  if (!dossier) throw forged('a document belongs to a stored dossier', 'document.dossierId');
  const pieces = await reads.piecesAfter(dossier.riskTypeId);
  const allowsChanges = (): boolean => lifecycleAllows(dossier, 'changeDocuments', locale);

  if (!after) {
    if (!allowsChanges()) throw forged('the dossier’s phase does not allow removing documents', 'document');
    return;
  }
  if (!before) {
    if (!allowsChanges()) throw forged('the dossier’s phase does not allow adding documents', 'document');
    if (after.state !== 'obtained' || after.archivedAt !== null) throw forged('a new document is obtained, not archived', 'document.state');
    if (after.origin === 'portal' || after.uploadLinkId !== undefined)
      throw forged('a portal document only comes through its upload link', 'document.origin');
    if (after.pieceId !== null) checkPieceFits(after, pieces);
    const piece = pieces.find((p) => p.id === after.pieceId) ?? null;
    const pending = needsReview(piece, 'broker');
    if (pending ? after.review?.status !== 'pending' || after.review.reviewedAt !== null : after.review !== undefined)
      throw forged('a new document waits for review as its piece says', 'document.review');
    const twins = (await reads.documentsAfter(dossierId)).filter((other) => other.digest === after.digest);
    if (twins.length > 1) throw forged('the same bytes are already in this dossier', 'document.digest');
    return;
  }
  for (const key of FIXED) if (after[key] !== before[key]) throw forged(`a document's ${key} never changes`, `document.${key}`);
  const reclassified = after.pieceId !== before.pieceId;
  const filed = after.state !== before.state;
  const reviewed = JSON.stringify(after.review ?? null) !== JSON.stringify(before.review ?? null);
  if (!reclassified && !filed && !reviewed) throw forged('a document write changes something', 'document');
  if (reviewed) {
    if (reclassified || filed || before.review?.status !== 'pending' || after.review?.status === 'pending' || after.review === undefined) {
      throw forged('a review only decides a pending document, alone', 'document.review');
    }
    if (!allowsChanges()) throw forged('the dossier’s phase does not allow reviewing', 'document.review');
  }
  if (filed && after.review !== undefined && after.review.status !== 'accepted')
    throw forged('only an accepted document is filed', 'document.state');
  if (filed) {
    if (before.state !== 'obtained' || after.state !== 'archived' || after.pieceId === null)
      throw forged('only a classified obtained document is filed as archived', 'document.state');
    const archivingDossier = plan.dossiers.get(dossierId)?.value?.phase === 'archived' && dossier.phase === 'contract';
    if (!archivingDossier && !allowsChanges()) throw forged('the dossier’s phase does not allow filing documents', 'document.state');
  }
  if (reclassified) {
    if (after.pieceId !== null) {
      if (!allowsChanges()) throw forged('the dossier’s phase does not allow classifying', 'document.pieceId');
      checkPieceFits(after, pieces);
    } else {
      // Unclassified: by hand, or because its piece is removed in this very commit (any phase).
      const pieceRemoved =
        before.pieceId !== null && plan.pieces.has(before.pieceId) && plan.pieces.get(before.pieceId)?.value === undefined;
      if (!pieceRemoved && !allowsChanges()) throw forged('the dossier’s phase does not allow unclassifying', 'document.pieceId');
    }
  }
}

/** The document's piece is one of its risk type's, and takes its kind and size. */
function checkPieceFits(document: CollectedDocument, pieces: readonly ExpectedPiece[]): void {
  const piece = pieces.find((p) => p.id === document.pieceId);
  if (!piece) throw forged('a document is classified to a piece of its dossier’s risk type', 'document.pieceId');
  if (!mediaTypeMatches(document.mediaType, piece.accept))
    throw forged('the piece does not accept this kind of file', 'document.mediaType');
  if (document.size > (piece.maxBytes ?? DEFAULT_MAX_BYTES)) throw forged('the file is larger than the piece allows', 'document.size');
}
