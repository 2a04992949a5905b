import type { PieceStatusStep } from '../model/completeness.js';

/**
 * Index of the step of `timeline` that holds at `at` (epoch milliseconds): the
 * first whose `until` is later, or that lasts; -1 for an empty timeline.
 */
export function stepIndexAt(timeline: readonly PieceStatusStep[], at: number): number {
  return timeline.findIndex((step) => step.until === null || at < Date.parse(step.until));
}
