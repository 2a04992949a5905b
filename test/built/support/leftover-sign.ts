/**
 * Signs that a UI text shown in German, Spanish, Italian or Dutch is a leftover of another
 * language: French (its letters, spacing and words that the language itself does not use) or
 * English (its everyday UI words). Each language keeps what it shares with French: German "des",
 * Spanish and Italian "la", "le", "si", Italian "file", their accented letters, « » without the
 * French spaces inside.
 */
export type CheckedLocale = 'de' | 'es' | 'it' | 'nl';

const FRENCH_LETTERS: Readonly<Record<CheckedLocale, RegExp>> = {
  de: /[àâçéèêëîïôûùÿœæ]/i,
  es: /[àâçèêëîïôûùÿœæ]/i,
  it: /[âçêëîïôûÿœæ]/i,
  nl: /[àâçêîôûùÿœæ]/i,
};
/** A space before `:`, `;`, `?`, `!`; guillemets (Spanish and Italian use them, but never with spaces inside). */
const FRENCH_PUNCTUATION: Readonly<Record<CheckedLocale, RegExp>> = {
  de: /[^\s]\s[:;?!](\s|$)|«|»/,
  es: /[^\s]\s[:;?!](\s|$)|«\s|\s»/,
  it: /[^\s]\s[:;?!](\s|$)|«\s|\s»/,
  nl: /[^\s]\s[:;?!](\s|$)|«|»/,
};
const FRENCH_WORDS = new Set(
  `le la les des du une et pour avec sans aucun aucune pièce pièces ajouter envoyer envoyée classer relance relances obligatoire
  facultative manquante manquantes contrat contrats étape fichier fichiers déposez supprimer annuler fermer chargement réessayer
  ici est sont vous votre cliquez sélectionner dispenser dispense archiver archivé archivée obtenue objet à collecter
  suivi complet accepté acceptés taille jours jamais refusé enregistré introuvable indisponible saisie invalide
  nouvelle nouveau renommer enregistrer règle profil selon tous si égal`
    .split(/\s+/)
    .filter(Boolean),
);
const SHARED_WITH_FRENCH: Readonly<Record<CheckedLocale, ReadonlySet<string>>> = {
  de: new Set(['des']),
  es: new Set(['la', 'le', 'les', 'si']),
  it: new Set(['la', 'le', 'si']),
  nl: new Set([]),
};
const ENGLISH_WORDS = new Set(
  `the and with your this file files saved missing required waived collect remove cancel loading retry classify expected
  reminder reminders send drop choose contract contracts proposal proposals none never`
    .split(/\s+/)
    .filter(Boolean),
);
const SHARED_WITH_ENGLISH: Readonly<Record<CheckedLocale, ReadonlySet<string>>> = {
  de: new Set([]),
  es: new Set([]),
  it: new Set(['file']),
  nl: new Set(['contract']),
};

/** Why `text`, shown in `locale`, looks French or English, or `null`. */
export function leftoverSign(text: string, locale: CheckedLocale): string | null {
  const letter = FRENCH_LETTERS[locale].exec(text);
  if (letter) return `French letter "${letter[0]}"`;
  const punctuation = FRENCH_PUNCTUATION[locale].exec(text);
  if (punctuation) return `French punctuation "${punctuation[0].trim()}"`;
  for (const word of text.toLowerCase().match(/[a-zà-ÿœæß]+/g) ?? []) {
    if (FRENCH_WORDS.has(word) && !SHARED_WITH_FRENCH[locale].has(word)) return `French word "${word}"`;
    if (ENGLISH_WORDS.has(word) && !SHARED_WITH_ENGLISH[locale].has(word)) return `English word "${word}"`;
  }
  return null;
}
