import type { DossierSummary } from '../model/dossier-summary.js';

/**
 * Whether a summary's stored figures do not hold at `now` (ISO timestamp):
 * its `staleAt` has come, or its `validFrom` is still to come. What the
 * `[phase, staleAt]` and `[phase, validFrom]` indexes of an adapter find.
 */
export function isOutdated(summary: Pick<DossierSummary, 'staleAt' | 'validFrom'>, now: string): boolean {
  const at = Date.parse(now);
  return (
    (typeof summary.staleAt === 'string' && Date.parse(summary.staleAt) <= at) ||
    (typeof summary.validFrom === 'string' && Date.parse(summary.validFrom) > at)
  );
}
