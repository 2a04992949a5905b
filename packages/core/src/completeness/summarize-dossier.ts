import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';

/**
 * The stored aggregate of a dossier, from the dossier and its freshly computed
 * completeness. Written in the same commit as every change that alters it.
 *
 * @param lastReminderAt When the last reminder was sent, if ever (ISO timestamp).
 * @param revision The summary's own revision.
 */
export function summarizeDossier(
  dossier: Dossier,
  completeness: Completeness,
  lastReminderAt: string | null,
  revision: number,
): DossierSummary {
  const labels = new Map(completeness.pieces.map((piece) => [piece.pieceId, piece.label]));
  return {
    id: dossier.id,
    riskTypeId: dossier.riskTypeId,
    phase: dossier.phase,
    stage: dossier.stage,
    clientName: dossier.client.name,
    contractId: dossier.contractId,
    requiredMissing: completeness.requiredMissing,
    toArchive: completeness.toArchive,
    unclassified: completeness.unclassified,
    incomplete: completeness.requiredMissing > 0 ? 1 : 0,
    missingLabels: completeness.missingPieceIds.map((id) => labels.get(id) ?? id),
    missingPieceIds: [...completeness.missingPieceIds],
    since: dossier.convertedAt ?? dossier.openedAt,
    lastReminderAt,
    staleAt: completeness.staleAt,
    revision,
  };
}
