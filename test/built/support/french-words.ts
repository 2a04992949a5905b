/**
 * Signs that a UI text is French: letters English never uses, French typography (a space before
 * `:`, `;`, `?`, `!`, guillemets) and common French words. Used on the text of elements rendered in
 * `locale="en"` with English host data, where any of them is a leftover.
 */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ«»]/i;
const FRENCH_PUNCTUATION = /[^\s]\s[:;?!](\s|$)|«|»/;
const FRENCH_WORDS = new Set(
  `le la les des du une et pour avec sans aucun aucune pièce pièces ajouter envoyer envoyée classer relance relances obligatoire
  facultative manquante manquantes contrat contrats étape fichier fichiers déposez supprimer annuler fermer chargement réessayer
  ici est sont vous votre cliquez sélectionner dispenser dispense archiver archivé archivée obtenue objet message à collecter
  suivi complet type types accepté acceptés taille jours jamais refusé enregistré introuvable indisponible saisie invalide
  nouvelle nouveau renommer enregistrer options règle profil selon tous client clients si égal`
    .split(/\s+/)
    .filter(Boolean),
);
/** French words that are also English UI words here. */
const SHARED = new Set(['client', 'clients', 'message', 'type', 'types', 'options', 'complet', 'si']);

/** Why `text` looks French, or `null`. */
export function frenchSign(text: string): string | null {
  const letter = FRENCH_LETTERS.exec(text);
  if (letter) return `French letter "${letter[0]}"`;
  const punctuation = FRENCH_PUNCTUATION.exec(text);
  if (punctuation) return `French punctuation "${punctuation[0].trim()}"`;
  for (const word of text.toLowerCase().match(/[a-zà-ÿœæ]+/g) ?? []) {
    if (FRENCH_WORDS.has(word) && !SHARED.has(word)) return `French word "${word}"`;
  }
  return null;
}
