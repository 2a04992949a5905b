import type { AuditPhaseFilter } from './audit-phase-filter.js';

/** Texts of `<dossier-audit>`. */
export interface AuditMessages {
  title: string;
  filters: string;
  riskType: string;
  allRiskTypes: string;
  phase: string;
  phases: Record<AuditPhaseFilter, string>;
  onlyIncomplete: string;
  /** The "relances épuisées" filter: every automatic reminder sent, pieces still missing. */
  onlyRemindersExhausted: string;
  /** The filter of dossiers with documents waiting for review. */
  onlyToReview: string;
  /** "2 à vérifier", after a row's missing pieces. */
  toReview: (count: number) => string;
  order: string;
  oldest: string;
  newest: string;
  /** "123 contrats", with the number already formatted. */
  total: (count: number, formatted: string, phase: AuditPhaseFilter) => string;
  empty: string;
  emptyFiltered: string;
  /** The empty state's button bringing back the default filters. */
  resetFilters: string;
  columns: {
    client: string;
    contract: string;
    risk: string;
    missing: string;
    age: string;
    lastReminder: string;
    actions: string;
  };
  never: string;
  /** "Prochaine relance le 5 mars 2026", with the date already formatted. */
  nextReminder: (date: string) => string;
  nothingMissing: string;
  open: (client: string) => string;
  remind: (client: string) => string;
  reminderTitle: (client: string) => string;
}
