// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { IndexerMessages } from './dossier-indexer.messages.js';

/** The French texts of `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Indexation des documents',
  unclassifiedHeading: 'Documents à classer',
  classifiedHeading: 'Documents classés',
  empty: 'Aucun document à classer',
  noPieces: 'Aucune pièce attendue pour ce type de contrat : les documents ne peuvent pas être classés.',
  classifyAs: 'Classer comme…',
  choosePiece: '— Choisir une pièce —',
  classify: 'Classer',
  reclassify: 'Reclasser',
  unclassify: 'Remettre à classer',
  suggested: 'Suggestion d’après le nom du fichier',
  pieceRequired: 'Choisissez d’abord la pièce attendue.',
  addedOn: (date) => `Ajouté le ${date}`,
  passwordProtected: 'Protégé par mot de passe',
  previewUnavailable: 'Aperçu indisponible : ce PDF est illisible',
  confirmRemove: (name) => `Supprimer définitivement « ${name} » ?`,
  classifiedAs: (name, piece) => `« ${name} » classé comme ${piece}.`,
  unclassifiedDone: (name) => `« ${name} » remis à classer.`,
  removed: (name) => `« ${name} » supprimé.`,
  removeKept: (name) => `« ${name} » conservé.`,
  readOnly: 'Ce dossier est clos : ses documents ne peuvent plus être classés ni supprimés.',
};
