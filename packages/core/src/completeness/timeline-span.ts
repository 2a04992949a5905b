import type { PieceStatusStep } from '../model/completeness.js';

/** A piece's timeline and the index of the step it is in at some moment (-1: none). */
export interface TimelinePosition {
  readonly timeline: readonly PieceStatusStep[];
  readonly current: number;
}

/**
 * The span around a moment in which no piece changes status: from the latest
 * start of the pieces' current steps (`validFrom`, `null` when every piece is
 * in its first step) until the earliest end of them (`staleAt`, `null` when
 * every current step lasts for ever).
 */
export function timelineSpan(positions: readonly TimelinePosition[]): { validFrom: string | null; staleAt: string | null } {
  let validFrom: number | null = null;
  let staleAt: number | null = null;
  for (const { timeline, current } of positions) {
    if (current < 0) continue;
    const end = timeline[current]?.until;
    if (end) staleAt = Math.min(staleAt ?? Number.POSITIVE_INFINITY, Date.parse(end));
    const start = current > 0 ? timeline[current - 1]?.until : null;
    if (start) validFrom = Math.max(validFrom ?? Number.NEGATIVE_INFINITY, Date.parse(start));
  }
  return {
    validFrom: validFrom === null ? null : new Date(validFrom).toISOString(),
    staleAt: staleAt === null ? null : new Date(staleAt).toISOString(),
  };
}
