import type { Localized } from '../../i18n/localized.js';

/** Texts of `<dossier-indexer>`. */
export interface IndexerMessages {
  title: string;
  unclassifiedHeading: string;
  classifiedHeading: string;
  empty: string;
  noPieces: string;
  classifyAs: string;
  choosePiece: string;
  classify: string;
  reclassify: string;
  unclassify: string;
  suggested: string;
  pieceRequired: string;
  addedOn: (date: string) => string;
  /** Badge of a document that needs a password to open. */
  passwordProtected: string;
  confirmRemove: (name: string) => string;
  classifiedAs: (name: string, piece: string) => string;
  unclassifiedDone: (name: string) => string;
  removed: (name: string) => string;
  removeKept: (name: string) => string;
  readOnly: string;
}

/** Texts of `<dossier-indexer>` per locale. */
export const indexerMessages: Localized<IndexerMessages> = {
  fr: {
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
    confirmRemove: (name) => `Supprimer définitivement « ${name} » ?`,
    classifiedAs: (name, piece) => `« ${name} » classé comme ${piece}.`,
    unclassifiedDone: (name) => `« ${name} » remis à classer.`,
    removed: (name) => `« ${name} » supprimé.`,
    removeKept: (name) => `« ${name} » conservé.`,
    readOnly: 'Ce dossier est clos : ses documents ne peuvent plus être classés ni supprimés.',
  },
  en: {
    title: 'Document indexing',
    unclassifiedHeading: 'Documents to classify',
    classifiedHeading: 'Classified documents',
    empty: 'No document to classify',
    noPieces: 'No expected document for this contract type: documents cannot be classified.',
    classifyAs: 'Classify as…',
    choosePiece: '— Choose a document —',
    classify: 'Classify',
    reclassify: 'Reclassify',
    unclassify: 'Move back to unclassified',
    suggested: 'Suggested from the file name',
    pieceRequired: 'Choose the expected document first.',
    addedOn: (date) => `Added on ${date}`,
    passwordProtected: 'Password-protected',
    confirmRemove: (name) => `Remove “${name}” for good?`,
    classifiedAs: (name, piece) => `“${name}” classified as ${piece}.`,
    unclassifiedDone: (name) => `“${name}” moved back to unclassified.`,
    removed: (name) => `“${name}” removed.`,
    removeKept: (name) => `“${name}” kept.`,
    readOnly: 'This file is closed: its documents can no longer be classified or removed.',
  },
};
