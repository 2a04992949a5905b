/** A client attribute the rule's attribute field suggests, with values worth suggesting for it. */
export interface ProfileAttributeSuggestion {
  readonly attr: string;
  readonly values: readonly string[];
}

/**
 * Attributes hosts commonly put in a client profile. Only suggestions: the
 * field accepts any attribute name the host's profiles use.
 */
export const PROFILE_ATTRIBUTES: readonly ProfileAttributeSuggestion[] = [
  { attr: 'type', values: ['particulier', 'professionnel'] },
  { attr: 'age', values: [] },
  { attr: 'jeuneConducteur', values: ['true', 'false'] },
  { attr: 'formeJuridique', values: ['EI', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SCI', 'Association'] },
];
