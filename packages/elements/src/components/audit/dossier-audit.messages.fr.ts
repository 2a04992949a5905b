// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { AuditPhaseFilter } from './audit-phase-filter.js';
import type { AuditMessages } from './dossier-audit.messages.js';
import { pluralFr } from '../../i18n/plural-fr.js';

/** A count of files in the audit: "123 contrats", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun = phase === 'contract' ? 'contrat' : phase === 'proposal' ? 'proposition' : 'dossier';
  return `${formatted} ${noun}${pluralFr(count, { one: '', other: 's' })}`;
}

/** The French texts of `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Contrats en attente de pièces',
  filters: 'Filtres',
  riskType: 'Type de risque',
  allRiskTypes: 'Tous les types',
  phase: 'Étape',
  phases: { contract: 'Contrats', proposal: 'Propositions', both: 'Contrats et propositions' },
  onlyIncomplete: 'Incomplets seulement',
  onlyRemindersExhausted: 'Relances épuisées seulement',
  order: 'Tri',
  oldest: 'Les plus anciens d’abord',
  newest: 'Les plus récents d’abord',
  total,
  empty: 'Aucun contrat en attente de pièces',
  emptyFiltered: 'Aucun dossier ne correspond à ces filtres',
  resetFilters: 'Réinitialiser les filtres',
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
  nextReminder: (date) => `Prochaine relance le ${date}`,
  nothingMissing: 'Aucune',
  open: (client) => `Ouvrir le dossier de ${client}`,
  remind: (client) => `Relancer ${client}`,
  reminderTitle: (client) => `Relancer ${client}`,
  onlyToReview: 'À vérifier uniquement',
  toReview: (count) => `${count} à vérifier`,
};
