import { pickText, type Locale } from '@dossier/core';
import type { ProfileAttributeSuggestion } from '../pieces-editor/profile-attributes.js';

/** A client attribute as the rule's attribute field offers it: the key it stores and the words it shows. */
export interface AttributeChoice {
  /** The key stored in the rule, e.g. `montantPret`. */
  readonly attr: string;
  /** What the broker reads, e.g. "montant du prêt": the host's label in the locale, else the key. */
  readonly name: string;
  /** A hint on the values, e.g. "particulier ou professionnel"; empty when there is none. */
  readonly hint: string;
}

/** The suggestions as choices in `locale`, with the element's hints by key. */
export function attributeChoices(
  suggestions: readonly ProfileAttributeSuggestion[],
  locale: Locale,
  hints: Readonly<Record<string, string>>,
): AttributeChoice[] {
  return suggestions.map((suggestion) => ({
    attr: suggestion.attr,
    name: (suggestion.label ? pickText(suggestion.label, locale) : '') || suggestion.attr,
    hint: Object.hasOwn(hints, suggestion.attr) ? hints[suggestion.attr]! : '',
  }));
}

/** Text compared without case, accents or surrounding spaces. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();
}

/** What the field shows for a stored key: its name when it is a known attribute, else the key itself. */
export function attributeText(attr: string, choices: readonly AttributeChoice[]): string {
  return choices.find((choice) => choice.attr === attr)?.name ?? attr;
}

/**
 * The key a typed text stands for: the attribute whose name or key it is (without
 * case or accents), else the text itself, since hosts may use any attribute name.
 */
export function attributeOfText(text: string, choices: readonly AttributeChoice[]): string {
  const wanted = folded(text);
  if (wanted === '') return '';
  return (
    (choices.find((choice) => folded(choice.name) === wanted) ?? choices.find((choice) => folded(choice.attr) === wanted))?.attr ??
    text.trim()
  );
}

/** The choices whose name or key contains the typed text; all of them for an empty text. */
export function matchingChoices(text: string, choices: readonly AttributeChoice[]): AttributeChoice[] {
  const wanted = folded(text);
  return wanted === ''
    ? [...choices]
    : choices.filter((choice) => folded(choice.name).includes(wanted) || folded(choice.attr).includes(wanted));
}
