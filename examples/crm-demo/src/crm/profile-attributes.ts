import type { ProfileAttributeSuggestion } from '@dossier/elements';

/** The client-profile attributes this CRM writes, as the pieces editor should name and suggest them. */
export const CRM_PROFILE_ATTRIBUTES: readonly ProfileAttributeSuggestion[] = [
  {
    attr: 'type',
    values: ['particulier', 'professionnel'],
    label: { fr: 'type de client', en: 'client type', de: 'Kundenart', es: 'tipo de cliente', it: 'tipo di cliente', nl: 'type klant' },
  },
  { attr: 'age', values: [], label: { fr: 'âge', en: 'age', de: 'Alter', es: 'edad', it: 'età', nl: 'leeftijd' } },
  {
    attr: 'montantPret',
    values: [],
    label: {
      fr: 'montant du prêt',
      en: 'loan amount',
      de: 'Darlehensbetrag',
      es: 'importe del préstamo',
      it: 'importo del prestito',
      nl: 'leenbedrag',
    },
  },
];
