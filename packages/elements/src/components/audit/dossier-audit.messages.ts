import type { Localized } from '../../i18n/localized.js';
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
  order: string;
  oldest: string;
  newest: string;
  /** "123 contrats", with the number already formatted. */
  total: (count: number, formatted: string, phase: AuditPhaseFilter) => string;
  empty: string;
  emptyFiltered: string;
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
  nothingMissing: string;
  open: (client: string) => string;
  remind: (client: string) => string;
  reminderTitle: (client: string) => string;
}

const frenchTotal = (count: number, formatted: string, phase: AuditPhaseFilter): string => {
  const plural = count > 1;
  const noun = phase === 'contract' ? 'contrat' : phase === 'proposal' ? 'proposition' : 'dossier';
  return `${formatted} ${noun}${plural ? 's' : ''}`;
};

const englishTotal = (count: number, formatted: string, phase: AuditPhaseFilter): string => {
  const noun = phase === 'contract' ? 'contract' : phase === 'proposal' ? 'proposal' : 'file';
  return `${formatted} ${noun}${count === 1 ? '' : 's'}`;
};

/** Texts of `<dossier-audit>` per locale. */
export const auditMessages: Localized<AuditMessages> = {
  fr: {
    title: 'Contrats en attente de pièces',
    filters: 'Filtres',
    riskType: 'Type de risque',
    allRiskTypes: 'Tous les types',
    phase: 'Phase',
    phases: { contract: 'Contrats', proposal: 'Propositions', both: 'Contrats et propositions' },
    onlyIncomplete: 'Seulement les dossiers incomplets',
    order: 'Tri',
    oldest: 'Les plus anciens d’abord',
    newest: 'Les plus récents d’abord',
    total: frenchTotal,
    empty: 'Aucun contrat en attente de pièces',
    emptyFiltered: 'Aucun dossier ne correspond à ces filtres',
    columns: {
      client: 'Client',
      contract: 'Contrat',
      risk: 'Risque',
      missing: 'Pièces manquantes',
      age: 'Ancienneté',
      lastReminder: 'Dernière relance',
      actions: 'Relance',
    },
    never: 'Jamais',
    nothingMissing: 'Aucune',
    open: (client) => `Ouvrir le dossier de ${client}`,
    remind: (client) => `Relancer ${client}`,
    reminderTitle: (client) => `Relancer ${client}`,
  },
  en: {
    title: 'Contracts awaiting documents',
    filters: 'Filters',
    riskType: 'Risk type',
    allRiskTypes: 'All types',
    phase: 'Phase',
    phases: { contract: 'Contracts', proposal: 'Proposals', both: 'Contracts and proposals' },
    onlyIncomplete: 'Only incomplete files',
    order: 'Sort',
    oldest: 'Oldest first',
    newest: 'Newest first',
    total: englishTotal,
    empty: 'No contract awaiting documents',
    emptyFiltered: 'No file matches these filters',
    columns: {
      client: 'Client',
      contract: 'Contract',
      risk: 'Risk',
      missing: 'Missing documents',
      age: 'Age',
      lastReminder: 'Last reminder',
      actions: 'Reminder',
    },
    never: 'Never',
    nothingMissing: 'None',
    open: (client) => `Open the file of ${client}`,
    remind: (client) => `Send a reminder to ${client}`,
    reminderTitle: (client) => `Reminder to ${client}`,
  },
};
