import type { DossierSummary } from '../model/dossier-summary.js';
import { remindersExhausted } from '../schedules/reminders-exhausted.js';
import { stepIndexAt } from './status-at.js';
import { timelineSpan } from './timeline-span.js';

/**
 * The summary as it reads at another moment, with the same records: figures,
 * missing pieces and the span in which they hold are worked out from the
 * pieces' timelines. Pure; returns `summary` itself when its figures already
 * hold at `at`, or when it keeps no timeline (a summary written by hand).
 *
 * @example
 * const row = summaryAt(stored, new Date()); // what the audit shows today
 */
export function summaryAt(summary: DossierSummary, at: Date | string): DossierSummary {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(time) || !Array.isArray(summary.pieces)) return summary;
  const from = summary.validFrom ? Date.parse(summary.validFrom) : Number.NEGATIVE_INFINITY;
  const until = summary.staleAt ? Date.parse(summary.staleAt) : Number.POSITIVE_INFINITY;
  if (time >= from && time < until) return summary;
  // Any moment of the stored span tells which pieces the stored `toArchive` counted as obtained.
  const reference = Number.isFinite(from) ? from : until - 1;
  if (!Number.isFinite(reference)) return summary;

  const pieces = summary.pieces;
  const statusAt = (index: number, moment: number) => {
    const timeline = pieces[index]?.timeline ?? [];
    return timeline[stepIndexAt(timeline, moment)]?.status;
  };
  const missing = pieces.filter((piece, index) => {
    const status = statusAt(index, time);
    return piece.required && (status === 'missing' || status === 'expired');
  });
  // Documents only expire: a piece waiting for review then is one the stored summary kept.
  const reviewing = pieces.filter((piece, index) => piece.required && statusAt(index, time) === 'pending-review');
  let obtainedThen = 0;
  let obtainedNow = 0;
  pieces.forEach((_, index) => {
    if (statusAt(index, reference) === 'obtained') obtainedThen += 1;
    if (statusAt(index, time) === 'obtained') obtainedNow += 1;
  });
  const span = timelineSpan(pieces.map((piece) => ({ timeline: piece.timeline, current: stepIndexAt(piece.timeline, time) })));
  const incomplete = missing.length + reviewing.length > 0 ? 1 : 0;
  return {
    ...summary,
    requiredMissing: missing.length,
    toArchive: Math.max(0, summary.toArchive - obtainedThen + obtainedNow),
    incomplete,
    ...(summary.reminders !== undefined
      ? { remindersExhausted: remindersExhausted(summary.reminders, summary.phase, missing.length > 0 ? 1 : 0) }
      : {}),
    missingLabels: missing.map((piece) => piece.label),
    missingPieceIds: missing.map((piece) => piece.pieceId),
    validFrom: span.validFrom,
    staleAt: span.staleAt,
  };
}
