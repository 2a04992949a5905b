/** The forms of a word or phrase by plural category; `other` is required, the others as the language has them. */
export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** Picks the form for a count. */
export type PluralRule = (count: number, forms: PluralForms) => string;

/**
 * The plural rule of a language, from `Intl.PluralRules`: French says "0 pièce" and "1,5 pièce",
 * English "0 documents"; Polish would need `few` and `many` too.
 *
 * @example
 * const plural = pluralRule('fr-FR');
 * `${n} ${plural(n, { one: 'pièce', other: 'pièces' })}`;
 */
export function pluralRule(intl: string): PluralRule {
  const rules = new Intl.PluralRules(intl);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
