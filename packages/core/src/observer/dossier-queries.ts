import type { Completeness } from '../model/completeness.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { QueryDefinition } from './query-definition.js';
import { loadSummaryBatched } from './summary-batcher.js';

/**
 * The queries bindings share, by key: a badge, a checklist and a tracker on
 * the same dossier, or a React hook beside them, load each of these once.
 */
export const dossierQueries = {
  /**
   * A dossier's stored summary at the client's `now`: counts for a badge or a
   * card. Summaries asked for in the same task are read together (one
   * `client.summaries` call, one storage read, for a whole pipeline).
   */
  summary(dossierId: string): QueryDefinition<DossierSummary> {
    return {
      key: ['summary', dossierId],
      load: (client) => loadSummaryBatched(client, dossierId),
      affectedBy: (event) => event.dossierIds.includes(dossierId),
    };
  },
  /** A dossier's completeness, piece by piece: for a checklist or a tracker. */
  completeness(dossierId: string): QueryDefinition<Completeness> {
    return {
      key: ['completeness', dossierId],
      load: (client) => client.completeness(dossierId),
      affectedBy: (event) => event.dossierIds.includes(dossierId),
    };
  },
} as const;
