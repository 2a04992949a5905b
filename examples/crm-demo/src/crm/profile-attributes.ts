import type { ProfileAttributeSuggestion } from '@dossier/elements';

/** The client-profile attributes this CRM writes, as the pieces editor should name and suggest them. */
export const CRM_PROFILE_ATTRIBUTES: readonly ProfileAttributeSuggestion[] = [
  { attr: 'type', values: ['particulier', 'professionnel'], label: { fr: 'type de client', en: 'client type' } },
  { attr: 'age', values: [], label: { fr: 'âge', en: 'age' } },
  { attr: 'montantPret', values: [], label: { fr: 'montant du prêt', en: 'loan amount' } },
];
