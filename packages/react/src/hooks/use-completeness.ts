import { dossierQueries, type Completeness, type DossierClient, type QueryState } from '@dossier/core';
import { useDossierQuery } from './use-dossier-query.js';

/**
 * A dossier's completeness piece by piece (status, required or not, documents):
 * what a host needs to draw its own checklist on Dossier's engine.
 */
export function useCompleteness(dossierId: string, client?: DossierClient): QueryState<Completeness> {
  return useDossierQuery(dossierQueries.completeness(dossierId), client);
}
