import type { DossierPhase } from '@dossier/core';

/** Which phases `<dossier-audit>` lists: contracts (default), proposals, or both. */
export type AuditPhaseFilter = 'contract' | 'proposal' | 'both';

/** The phases of `client.audit` for a phase filter; unknown values fall back to contracts. */
export function auditPhases(filter: AuditPhaseFilter): readonly DossierPhase[] {
  if (filter === 'proposal') return ['proposal'];
  if (filter === 'both') return ['contract', 'proposal'];
  return ['contract'];
}
