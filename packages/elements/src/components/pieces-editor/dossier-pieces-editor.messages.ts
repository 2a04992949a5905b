import type { Localized } from '../../i18n/localized.js';
import type { AcceptKindId } from './accept-kinds.js';
import type { RuleEffect, SimpleOperator } from './requirement-draft.js';

/** Texts of `<dossier-pieces-editor>`. */
export interface PiecesEditorMessages {
  catalogue: string;
  catalogueEmpty: string;
  heading: (riskTypeLabel: string) => string;
  piecesEmpty: string;
  piecesList: (riskTypeLabel: string) => string;
  addPiece: string;
  newPiece: string;
  add: string;
  /** Accessible name of a row's button: the action and the piece it acts on. */
  about: (action: string, label: string) => string;
  rename: string;
  renameField: (label: string) => string;
  save: string;
  moveUp: string;
  moveDown: string;
  moveHint: string;
  confirmRemove: (label: string) => string;
  options: string;
  optionsOf: (label: string) => string;
  requirement: string;
  mandatory: string;
  optional: string;
  profile: string;
  effectLabel: string;
  effect: Record<RuleEffect, string>;
  attribute: string;
  attributeSuggestions: Record<string, string>;
  operatorLabel: string;
  /** Operator choices of the rule's select. */
  operator: Record<SimpleOperator, string>;
  /** Operators inside a sentence describing a rule. */
  operatorWords: Record<SimpleOperator, string>;
  value: string;
  valueHint: string;
  advancedRule: string;
  advancedHint: string;
  replaceAdvanced: string;
  accept: string;
  acceptKind: Record<AcceptKindId, string>;
  acceptHint: string;
  acceptOthers: (entries: string) => string;
  maxSize: string;
  maxSizeHint: string;
  validity: string;
  validityHint: string;
  saveOptions: string;
  allKinds: string;
  sizeLimit: (size: string) => string;
  validFor: (days: number) => string;
  advancedSummary: string;
  added: (label: string) => string;
  renamed: (from: string, to: string) => string;
  removed: (label: string) => string;
  moved: (label: string, position: number, total: number) => string;
  saved: (label: string) => string;
  noChange: string;
}

/** Texts of `<dossier-pieces-editor>` per locale. */
export const piecesEditorMessages: Localized<PiecesEditorMessages> = {
  fr: {
    catalogue: 'Types de contrat',
    catalogueEmpty: 'Aucun type de contrat dans le catalogue',
    heading: (label) => `Pièces attendues — ${label}`,
    piecesEmpty: 'Aucune pièce attendue pour ce type de contrat',
    piecesList: (label) => `Pièces attendues pour ${label}`,
    addPiece: 'Ajouter une pièce',
    newPiece: 'Nouvelle pièce',
    add: 'Ajouter',
    about: (action, label) => `${action} « ${label} »`,
    rename: 'Renommer',
    renameField: (label) => `Nouveau nom de « ${label} »`,
    save: 'Enregistrer',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    moveHint: 'Alt + flèche haut ou bas pour déplacer la pièce, ou glisser-déposer.',
    confirmRemove: (label) => `Supprimer « ${label} » ? Les documents déjà classés resteront dans les dossiers, non classés.`,
    options: 'Options',
    optionsOf: (label) => `Options de « ${label} »`,
    requirement: 'Exigence',
    mandatory: 'Obligatoire',
    optional: 'Facultative',
    profile: 'Selon le profil du client',
    effectLabel: 'La pièce est',
    effect: { mandatoryWhen: 'Obligatoire si', optionalWhen: 'Facultative si' },
    attribute: 'Attribut du client',
    attributeSuggestions: {
      type: 'particulier ou professionnel',
      age: 'âge en années',
      jeuneConducteur: 'true ou false',
      formeJuridique: 'SARL, SAS, EI…',
    },
    operatorLabel: 'Condition',
    operator: {
      eq: 'est égal à',
      in: 'est l’un de (séparés par des virgules)',
      gt: 'est supérieur à',
      lt: 'est inférieur à',
      exists: 'est renseigné',
    },
    operatorWords: { eq: 'est égal à', in: 'est l’un de', gt: 'est supérieur à', lt: 'est inférieur à', exists: 'est renseigné' },
    value: 'Valeur',
    valueHint: 'Nombres, true et false sont reconnus ; mettez un texte entre guillemets pour le garder tel quel.',
    advancedRule: 'Règle avancée',
    advancedHint: 'Cette règle ne peut pas être modifiée avec les commandes simples ; elle est conservée telle quelle.',
    replaceAdvanced: 'Remplacer par une règle simple',
    accept: 'Types de fichiers acceptés',
    acceptKind: { pdf: 'PDF', images: 'Images (image/*)', office: 'Word/Office', openDocument: 'OpenDocument' },
    acceptHint: 'Aucune case cochée : tous les types reconnus.',
    acceptOthers: (entries) => `Autres types conservés : ${entries}`,
    maxSize: 'Taille maximale (Mo)',
    maxSizeHint: 'Vide : la limite par défaut.',
    validity: 'Validité (jours)',
    validityHint: 'Facultatif ; par exemple « moins de 3 mois » = 90.',
    saveOptions: 'Enregistrer',
    allKinds: 'tous types',
    sizeLimit: (size) => `${size} max.`,
    validFor: (days) => (days === 1 ? 'valable 1 jour' : `valable ${days} jours`),
    advancedSummary: 'Selon le profil du client (règle avancée)',
    added: (label) => `« ${label} » ajoutée`,
    renamed: (from, to) => `« ${from} » renommée en « ${to} »`,
    removed: (label) => `« ${label} » supprimée`,
    moved: (label, position, total) => `${label} déplacée en position ${position} sur ${total}`,
    saved: (label) => `Options de « ${label} » enregistrées`,
    noChange: 'Aucune modification à enregistrer',
  },
  en: {
    catalogue: 'Contract types',
    catalogueEmpty: 'No contract type in the catalogue',
    heading: (label) => `Expected documents — ${label}`,
    piecesEmpty: 'No expected document for this contract type',
    piecesList: (label) => `Expected documents for ${label}`,
    addPiece: 'Add a document',
    newPiece: 'New document',
    add: 'Add',
    about: (action, label) => `${action} “${label}”`,
    rename: 'Rename',
    renameField: (label) => `New name of “${label}”`,
    save: 'Save',
    moveUp: 'Move up',
    moveDown: 'Move down',
    moveHint: 'Alt + up or down arrow to move the document, or drag and drop.',
    confirmRemove: (label) => `Remove “${label}”? Documents already filed stay in their dossiers, unclassified.`,
    options: 'Options',
    optionsOf: (label) => `Options of “${label}”`,
    requirement: 'Requirement',
    mandatory: 'Required',
    optional: 'Optional',
    profile: 'Depends on the client profile',
    effectLabel: 'The document is',
    effect: { mandatoryWhen: 'Required if', optionalWhen: 'Optional if' },
    attribute: 'Client attribute',
    attributeSuggestions: {
      type: 'particulier or professionnel',
      age: 'age in years',
      jeuneConducteur: 'true or false',
      formeJuridique: 'SARL, SAS, EI…',
    },
    operatorLabel: 'Condition',
    operator: {
      eq: 'equals',
      in: 'is one of (comma separated)',
      gt: 'is greater than',
      lt: 'is less than',
      exists: 'is set',
    },
    operatorWords: { eq: 'equals', in: 'is one of', gt: 'is greater than', lt: 'is less than', exists: 'is set' },
    value: 'Value',
    valueHint: 'Numbers, true and false are recognised; put text between double quotes to keep it as it is.',
    advancedRule: 'Advanced rule',
    advancedHint: 'This rule cannot be edited with the simple controls; it is kept as it is.',
    replaceAdvanced: 'Replace with a simple rule',
    accept: 'Accepted file types',
    acceptKind: { pdf: 'PDF', images: 'Images (image/*)', office: 'Word/Office', openDocument: 'OpenDocument' },
    acceptHint: 'Nothing ticked: every recognised type.',
    acceptOthers: (entries) => `Other types kept: ${entries}`,
    maxSize: 'Size limit (MB)',
    maxSizeHint: 'Empty: the default limit.',
    validity: 'Validity (days)',
    validityHint: 'Optional; e.g. “less than 3 months” = 90.',
    saveOptions: 'Save',
    allKinds: 'any type',
    sizeLimit: (size) => `${size} max.`,
    validFor: (days) => (days === 1 ? 'valid 1 day' : `valid ${days} days`),
    advancedSummary: 'Depends on the client profile (advanced rule)',
    added: (label) => `“${label}” added`,
    renamed: (from, to) => `“${from}” renamed “${to}”`,
    removed: (label) => `“${label}” removed`,
    moved: (label, position, total) => `${label} moved to position ${position} of ${total}`,
    saved: (label) => `Options of “${label}” saved`,
    noChange: 'Nothing to save',
  },
};
