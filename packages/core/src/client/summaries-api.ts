import { summaryAt } from '../completeness/summary-at.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import { isOutdated } from '../storage/is-outdated.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { loadDossierState, summaryOperations } from './dossier-state.js';

/** Most ids one call reads; a batch of badges is split into calls of this size. */
export const MAX_SUMMARY_IDS = 1000;

/**
 * `client.summaries`: the stored summaries of several dossiers in one read,
 * as they are at the client's `now` (`summaryAt`), in the order of the ids,
 * `null` for an unknown dossier. A stored summary always equals its records'
 * recomputation (every write guards it), so this is what a badge needs
 * without reading the pieces and documents; a summary too old to be worked
 * out at `now` (written by hand, without timelines) is recomputed from the
 * records instead. Reads only. Internal.
 */
export function createSummariesApi(context: ClientContext): DossierClient['summaries'] {
  const { storage, locale } = context;
  return (dossierIds) =>
    context.run(async () => {
      if (!Array.isArray(dossierIds) || dossierIds.length > MAX_SUMMARY_IDS) {
        throw context.fail('invalid-input', { field: 'dossierIds', reason: `a list of at most ${MAX_SUMMARY_IDS} ids` });
      }
      const ids = dossierIds.map((id) => requireText(id, 'dossierIds', locale));
      const now = context.now();
      const at = now.toISOString();
      const stored = ids.length === 0 ? [] : await storage.getMany('summary', ids);
      return Promise.all(
        stored.map(async (summary, index): Promise<DossierSummary | null> => {
          if (summary && (Array.isArray(summary.pieces) || !isOutdated(summary, at))) return summaryAt(summary, now);
          // No summary, or one that cannot be worked out at `now`: from the records (or unknown).
          const state = await loadDossierState(context, ids[index] as string).catch((error: unknown) => {
            if ((error as { code?: unknown })?.code === 'not-found') return undefined;
            throw error;
          });
          if (!state) return null;
          const put = summaryOperations(context, state).operations[0];
          return put?.op === 'put' && put.kind === 'summary' ? put.value : null;
        }),
      );
    });
}
