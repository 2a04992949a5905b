import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary, SummaryPiece } from '../model/dossier-summary.js';
import type { SummaryReminders } from '../model/summary-reminders.js';
import { remindersExhausted } from '../schedules/reminders-exhausted.js';
import { timelineSpan } from './timeline-span.js';

/**
 * The stored aggregate of a dossier, from the dossier and its freshly computed
 * completeness. Written in the same commit as every change that alters it.
 *
 * The summary keeps the timeline of every piece whose status changes with time
 * and of every required piece missing (or waiting for review) for good, so that `summaryAt` can tell
 * its figures at any other moment; `validFrom` and `staleAt` bound the span in
 * which the figures written here hold.
 *
 * @param lastReminderAt When the client was last reminded, if ever (ISO timestamp).
 * @param revision The summary's own revision.
 * @param reminders What `summarizeReminders` says of the dossier's schedule; `null` (the default): none, and the summary has neither `reminders` nor `remindersExhausted`.
 */
export function summarizeDossier(
  dossier: Dossier,
  completeness: Completeness,
  lastReminderAt: string | null,
  revision: number,
  reminders: SummaryReminders | null = null,
): DossierSummary {
  const pieces: SummaryPiece[] = completeness.pieces
    .filter(
      (piece) =>
        piece.timeline.length > 1 ||
        (piece.required && (piece.status === 'missing' || piece.status === 'expired' || piece.status === 'pending-review')),
    )
    .map((piece) => ({
      pieceId: piece.pieceId,
      label: piece.label,
      required: piece.required,
      timeline: piece.timeline.map((step) => ({ ...step })),
    }));
  const labels = new Map(completeness.pieces.map((piece) => [piece.pieceId, piece.label]));
  // Every step a piece is in now, by status: the steps of one timeline have distinct statuses.
  const span = timelineSpan(
    completeness.pieces.map((piece) => ({
      timeline: piece.timeline,
      current: piece.timeline.findIndex((step) => step.status === piece.status),
    })),
  );
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
    toReview: completeness.toReview,
    reviewPending: completeness.toReview > 0 ? 1 : 0,
    incomplete: completeness.complete ? 0 : 1,
    missingLabels: completeness.missingPieceIds.map((id) => labels.get(id) ?? id),
    missingPieceIds: [...completeness.missingPieceIds],
    since: dossier.convertedAt ?? dossier.openedAt,
    lastReminderAt,
    validFrom: span.validFrom,
    staleAt: span.staleAt,
    pieces,
    // Only dossiers with a schedule say anything of reminders: other summaries stay as they were before schedules existed.
    ...(reminders
      ? { reminders, remindersExhausted: remindersExhausted(reminders, dossier.phase, completeness.requiredMissing > 0 ? 1 : 0) }
      : {}),
    revision,
  };
}
