import { dossierQueries, type DossierClient, type DossierSummary, type QueryState } from '@dossier/core';
import { useDossierQuery } from './use-dossier-query.js';

/**
 * A dossier's summary at the client's date (`requiredMissing`, `missingLabels`…):
 * what a host draws on its own pipeline card. Summaries asked for in the same
 * render are read in one storage read.
 *
 * @example
 * const { value } = useSummary('P-101');
 * return <span>{value ? `${value.requiredMissing} à collecter` : '…'}</span>;
 */
export function useSummary(dossierId: string, client?: DossierClient): QueryState<DossierSummary> {
  return useDossierQuery(dossierQueries.summary(dossierId), client);
}
