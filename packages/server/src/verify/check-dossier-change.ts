import { computeCompleteness, isDossierError, type Dossier, type Locale } from '@dossier/core';
import { decideDossierEvent, type DossierMachineEvent } from '@dossier/core/adapter';
import { forged } from './forged.js';
import { sameJson } from './same-json.js';
import type { VerificationReads } from './verification-reads.js';

/**
 * A dossier write is one of core's: opening a proposal, or one lifecycle
 * event the dossier machine accepts (`decideDossierEvent`) — a stage, a
 * conversion, losing, archiving (only when its completeness allows it,
 * judged by the server), waiving — and nothing else changed: not its client,
 * its risk type, when it was opened.
 */
export async function checkDossierChange(
  after: Dossier,
  before: Dossier | undefined,
  reads: VerificationReads,
  now: Date,
  locale: Locale,
): Promise<void> {
  if (!before) {
    const opened =
      after.phase === 'proposal' &&
      after.contractId === null &&
      after.convertedAt === null &&
      after.closedAt === null &&
      Object.keys(after.waivers).length === 0 &&
      after.openedAt === after.updatedAt;
    if (!opened) throw forged('a dossier opens as a proposal, nothing converted, closed or waived', 'dossier');
    if (!(await reads.riskTypeAfter(after.riskTypeId))) throw forged('a dossier opens on a known risk type', 'dossier.riskTypeId');
    return;
  }
  for (const key of ['id', 'riskTypeId', 'client', 'openedAt'] as const) {
    if (!sameJson(after[key], before[key])) throw forged(`a dossier's ${key} never changes`, `dossier.${key}`);
  }
  const event = await eventOf(after, before, reads, now);
  let decided;
  try {
    decided = decideDossierEvent(before, event, locale);
  } catch (error) {
    if (isDossierError(error)) throw forged(`the lifecycle refuses it (${error.code})`, 'dossier.phase');
    throw error;
  }
  if (decided.phase !== after.phase || decided.stage !== after.stage || decided.contractId !== after.contractId)
    throw forged('not what the lifecycle decides', 'dossier');
  if (after.phase === 'archived' && before.phase !== 'archived') {
    const documents = await reads.documentsAfter(after.id);
    // As core's `dossiers.archive`: documents a review refused, or still holds, stay as they are.
    const filed = (document: (typeof documents)[number]) =>
      document.state === 'obtained' && document.pieceId !== null && (!document.review || document.review.status === 'accepted');
    if (documents.some(filed)) throw forged('archiving files every classified document', 'document.state');
  }
}

/** The one event that turns `before` into `after`, with its timestamps as core sets them. */
async function eventOf(after: Dossier, before: Dossier, reads: VerificationReads, now: Date): Promise<DossierMachineEvent> {
  const same = (key: keyof Dossier) => sameJson(after[key], before[key]);
  if (after.phase !== before.phase) {
    if (!same('stage') || !same('waivers')) throw forged('a phase change changes nothing else', 'dossier');
    if (after.phase === 'contract') {
      if (after.contractId === null || after.convertedAt === null || !same('closedAt'))
        throw forged('a conversion sets the contract id and when', 'dossier');
      return { type: 'convert', contractId: after.contractId };
    }
    if (!same('contractId') || !same('convertedAt') || after.closedAt === null)
      throw forged('closing sets when, and nothing else', 'dossier');
    if (after.phase === 'lost') return { type: 'markLost' };
    if (after.phase === 'archived') {
      const [pieces, documents] = await Promise.all([reads.piecesAfter(after.riskTypeId), reads.documentsAfter(after.id)]);
      // Archiving files documents (obtained → archived): the count of missing pieces is the same before and after.
      const { archivable } = computeCompleteness({ dossier: { ...after, phase: before.phase }, pieces, documents, now });
      return { type: 'archive', archivable };
    }
    throw forged('no event leads there', 'dossier.phase');
  }
  if (!same('contractId') || !same('convertedAt') || !same('closedAt')) throw forged('only a lifecycle event changes these', 'dossier');
  if (!same('stage')) {
    if (!same('waivers') || after.stage === null) throw forged('a stage change changes nothing else', 'dossier.stage');
    return { type: 'setStage', stage: after.stage };
  }
  if (!same('waivers')) {
    const pieces = new Set((await reads.piecesAfter(after.riskTypeId)).map((piece) => piece.id));
    for (const [pieceId, waiver] of Object.entries(after.waivers)) {
      if (!sameJson(waiver, before.waivers[pieceId]) && !pieces.has(pieceId))
        throw forged('a waiver names a piece of the risk type', 'dossier.waivers');
    }
    return { type: 'waive' };
  }
  // Nothing but the revision and time changed: what setting the same stage again writes.
  return { type: 'changeDocuments' };
}
