import type { LocalizedText } from '@dossier/core';

/** A client attribute the rule's attribute field suggests, with values worth suggesting for it. */
export interface ProfileAttributeSuggestion {
  /** The attribute's name in the client profile, e.g. `montantPret`. */
  readonly attr: string;
  /** Values worth suggesting for it. */
  readonly values: readonly string[];
  /** What a broker calls it, per locale, e.g. `{ fr: 'montant du prêt', en: 'loan amount' }`; shown instead of `attr`. */
  readonly label?: LocalizedText;
}

/**
 * Attributes hosts commonly put in a client profile. Only suggestions: the
 * field accepts any attribute name the host's profiles use.
 */
export const PROFILE_ATTRIBUTES: readonly ProfileAttributeSuggestion[] = [
  {
    attr: 'type',
    values: ['particulier', 'professionnel'],
    label: { fr: 'type de client', en: 'client type', de: 'Kundenart', es: 'tipo de cliente', it: 'tipo di cliente', nl: 'type klant' },
  },
  { attr: 'age', values: [], label: { fr: 'âge', en: 'age', de: 'Alter', es: 'edad', it: 'età', nl: 'leeftijd' } },
  {
    attr: 'jeuneConducteur',
    values: ['true', 'false'],
    label: {
      fr: 'jeune conducteur',
      en: 'young driver',
      de: 'Fahranfänger',
      es: 'conductor novel',
      it: 'neopatentato',
      nl: 'beginnende bestuurder',
    },
  },
  {
    attr: 'formeJuridique',
    values: ['EI', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SCI', 'Association'],
    label: { fr: 'forme juridique', en: 'legal form', de: 'Rechtsform', es: 'forma jurídica', it: 'forma giuridica', nl: 'rechtsvorm' },
  },
];
