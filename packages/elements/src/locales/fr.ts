/**
 * Dossier in French, the default and every fallback: core's texts (`@dossier/core/locales/fr`) and every element's, one constant
 * per element. Each element imports its own French texts from here.
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { fr as core } from '@dossier/core/locales/fr';
import type { AuditPhaseFilter } from '../components/audit/audit-phase-filter.js';
import type { AuditMessages } from '../components/audit/dossier-audit.messages.js';
import type { BadgeMessages } from '../components/badge/dossier-badge.messages.js';
import type { ChecklistMessages } from '../components/checklist/dossier-checklist.messages.js';
import type { DropZoneMessages } from '../components/drop-zone/dossier-drop-zone.messages.js';
import type { IndexerMessages } from '../components/indexer/dossier-indexer.messages.js';
import type { PiecesEditorMessages } from '../components/pieces-editor/dossier-pieces-editor.messages.js';
import type { PortalMessages } from '../components/portal/dossier-portal.messages.js';
import type { ReminderMessages } from '../components/reminder/dossier-reminder.messages.js';
import type { TrackerMessages } from '../components/tracker/dossier-tracker.messages.js';
import { asSentence } from '../i18n/as-sentence.js';
import type { CommonMessages } from '../i18n/common-messages.js';
import type { Translation } from '../i18n/translation.js';

const plural = /* @__PURE__ */ pluralRule(core.intl);

/** A count of files in the audit: "123 contrats", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun = phase === 'contract' ? 'contrat' : phase === 'proposal' ? 'proposition' : 'dossier';
  return `${formatted} ${noun}${plural(count, { one: '', other: 's' })}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  noClient: 'Aucun client Dossier : placez l’élément dans un <dossier-provider> ou donnez-lui la propriété client.',
  status: {
    missing: 'Manquante',
    expired: 'Expirée',
    'pending-review': 'Reçue — à vérifier',
    obtained: 'Obtenue',
    archived: 'Archivée',
    waived: 'Dispensée',
  },
  required: 'Obligatoire',
  notRequired: 'Facultative',
  requiredReason: {
    mandatory: 'Obligatoire pour tous les clients',
    optional: 'Facultative pour tous les clients',
    'rule-matched': 'Selon le profil du client',
    'rule-not-matched': 'Selon le profil du client',
  },
  close: 'Fermer',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  remove: 'Supprimer',
  unclassified: 'Non classé',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'pièce', other: 'pièces' })} à collecter`,
  complete: 'Dossier complet',
  title: 'Suivi des documents',
  buttonLabel: (status) => `Suivi des documents : ${asSentence(status)} Voir les documents obtenus et ceux qui restent à compléter`,
  toReview: (n) => `${n} à vérifier`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Pièces attendues',
  group: {
    remaining: 'À obtenir',
    obtained: 'Obtenues',
    archived: 'Archivées',
    waived: 'Dispensées',
    'not-required': 'Non requises',
  },
  count: {
    remaining: (n) => `${n} à obtenir`,
    obtained: (n) => `${n} ${plural(n, { one: 'obtenue', other: 'obtenues' })}`,
    archived: (n) => `${n} ${plural(n, { one: 'archivée', other: 'archivées' })}`,
    waived: (n) => `${n} ${plural(n, { one: 'dispensée', other: 'dispensées' })}`,
    'not-required': (n) => `${n} ${plural(n, { one: 'non requise', other: 'non requises' })}`,
  },
  unclassified: (n) => `${n} ${plural(n, { one: 'document non classé', other: 'documents non classés' })}`,
  noPieces: 'Aucune pièce attendue pour ce type de contrat.',
  noDocuments: 'Aucun document',
  addDocument: 'Ajouter document',
  addDocumentFor: (label) => `Ajouter document : ${label}`,
  toArchive: 'à archiver',
  archivedDocument: 'archivé',
  waivedBecause: (reason) => `Motif : ${reason}`,
  expiresOn: (date) => `valable jusqu’au ${date}`,
  complete: 'Toutes les pièces obligatoires sont là.',
  documentsOf: (label) => `Documents de « ${label} »`,
  review: {
    pending: 'Reçu — à vérifier',
    rejected: 'Refusé',
    accept: 'Accepter',
    reject: 'Refuser',
    reason: 'Motif du refus',
    choose: 'Choisir un motif…',
    reasons: { illegible: 'Illisible', expired: 'Expiré', 'wrong-document': 'Mauvais document', incomplete: 'Incomplet' },
    confirm: 'Confirmer le refus',
    reasonRequired: 'Choisissez un motif de refus.',
  },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Déposez un document ici ou cliquez pour le sélectionner',
  add: 'Ajouter document',
  release: 'Relâchez pour ajouter les fichiers',
  pasteHint: 'Vous pouvez aussi coller un fichier (Ctrl+V).',
  forPiece: (label, rules) => `Pour « ${label} » : ${rules}.`,
  accepted: (kinds) => `types acceptés : ${kinds}`,
  anyKind: 'tous les types reconnus',
  maxSize: (size) => `${size} au maximum`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'images',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'Impossible de lire les règles de la pièce :',
  step: {
    pending: 'En attente',
    validating: 'Vérification…',
    storing: 'Enregistrement…',
    stored: 'Enregistré',
    rejected: 'Refusé',
    skipped: 'Ignoré',
  },
  skippedByHost: 'ignoré par l’application : rien n’a été enregistré.',
  oneFileOnly: 'un seul fichier à la fois, celui-ci n’a pas été ajouté',
  filesTitle: 'Fichiers déposés',
  dismiss: (name) => `Retirer « ${name} » de la liste`,
  clearFinished: 'Effacer les résultats',
  noFilesDropped: 'Aucun fichier dans ce qui a été déposé : rien n’a été ajouté.',
  noFilesPasted: 'Aucun fichier dans ce qui a été collé : rien n’a été ajouté.',
  adding: (n) => plural(n, { one: 'Ajout d’un fichier…', other: `Ajout de ${n} fichiers…` }),
  storedOne: (name) => `« ${name} » enregistré.`,
  skippedOne: (name) => `« ${name} » ignoré.`,
  summary: (stored, rejected, skipped) =>
    [
      `${stored} ${plural(stored, { one: 'enregistré', other: 'enregistrés' })}`,
      `${rejected} ${plural(rejected, { one: 'refusé', other: 'refusés' })}`,
      ...(skipped ? [`${skipped} ${plural(skipped, { one: 'ignoré', other: 'ignorés' })}`] : []),
    ].join(', ') + '.',
  disabled: 'Ajout de documents désactivé.',
};

/** `<dossier-indexer>`. */
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

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Suivi des documents',
  titlePrefix: 'Suivi des documents : ',
  pieceSuffix: (label) => ` : ${label}`,
  riskType: 'Type de contrat',
  phase: 'Phase',
  phases: { proposal: 'Proposition', contract: 'Contrat', archived: 'Archivé', lost: 'Perdu' },
  stage: 'Étape',
  contract: 'N° de contrat',
  toCollect: (n) => `${n} ${plural(n, { one: 'pièce', other: 'pièces' })} à collecter`,
  complete: 'Dossier complet : aucune pièce à collecter',
  piecesHeading: 'Pièces attendues',
  empty: 'Aucune pièce attendue pour ce type de contrat',
  requirement: {
    required: 'Obligatoire',
    optional: 'Facultative',
    requiredByProfile: 'Obligatoire selon le profil du client',
    optionalByProfile: 'Facultative selon le profil du client',
  },
  documentState: { obtained: 'Obtenu', archived: 'Archivé' },
  passwordProtected: 'Protégé par mot de passe',
  noDocument: 'Aucun document',
  documentCount: (n) => (n === 0 ? 'Aucun document' : `${n} ${plural(n, { one: 'document', other: 'documents' })}`),
  addDocument: 'Ajouter document',
  actions: 'Actions',
  dropOn: (label) => `Relâchez pour ajouter à « ${label} »`,
  validUntil: (date) => `Valable jusqu’au ${date}`,
  waivedBecause: (reason) => `Motif de la dispense : ${reason}`,
  archive: 'Archiver',
  waive: 'Dispenser',
  waiveReason: 'Motif de la dispense',
  waiveSubmit: 'Dispenser la pièce',
  reasonRequired: 'Indiquez le motif de la dispense.',
  unwaive: 'Annuler la dispense',
  classifyDocuments: (n) => `Classer les documents (${n})`,
  addHeading: 'Ajouter des documents',
  generalZone: 'Déposez ici les documents du dossier, vous les classerez ensuite',
  readOnly: {
    archived: 'Dossier archivé : consultation seule, les documents ne peuvent plus être modifiés.',
    lost: 'Affaire perdue : consultation seule, les documents ne peuvent plus être modifiés.',
  },
  waived: (label) => `${label} : pièce dispensée.`,
  unwaived: (label) => `${label} : dispense annulée.`,
  archived: (name) => `« ${name} » archivé.`,
  toReview: (count) => `${count} à vérifier`,
  reviewState: { pending: 'Reçu — à vérifier', accepted: 'Accepté', rejected: 'Refusé' },
  accept: 'Accepter',
  reject: 'Refuser',
  rejectReason: 'Motif du refus',
  rejectChoose: 'Choisir un motif…',
  rejectionReasons: {
    illegible: 'Illisible',
    expired: 'Expiré',
    'wrong-document': 'Mauvais document',
    incomplete: 'Incomplet',
    other: 'Autre (préciser)',
  },
  rejectNote: 'Précision pour le client',
  rejectSubmit: 'Confirmer le refus',
  rejectReasonRequired: 'Choisissez un motif de refus.',
  rejectNoteRequired: 'Précisez le motif pour le client.',
  rejectedBecause: (reason) => `Motif : ${reason}`,
  acceptedOne: (name) => `« ${name} » accepté.`,
  rejectedOne: (name) => `« ${name} » refusé.`,
  linksHeading: 'Liens client',
  noLinks: 'Aucun lien envoyé au client.',
  linkRow: (created, expires, files) =>
    `Créé le ${created}, valable jusqu’au ${expires} — ${files} fichier${files > 1 ? 's' : ''} reçu${files > 1 ? 's' : ''}`,
  linkState: { active: 'Actif', used: 'Utilisé', expired: 'Expiré', revoked: 'Révoqué' },
  createLink: 'Créer un lien client',
  linkCreated: 'Lien client créé : copiez-le et envoyez-le au client.',
  linkShownOnce: 'Ce lien ne sera plus affiché.',
  revokeLink: 'Révoquer',
  linkRevoked: 'Lien révoqué.',
  linkPieces: 'Pièces demandées',
  linkNoPieces: 'Aucune pièce à collecter.',
  linkDays: (max: number) => `Valable (jours, ${max} au plus)`,
  linkMaxFiles: 'Nombre maximal de fichiers (facultatif)',
  linkNoLimit: 'Sans limite',
  linkSubmit: 'Créer le lien',
  linkPiecesRequired: 'Cochez au moins une pièce à demander.',
  linkDaysInvalid: (max: number) => `Indiquez un nombre entier de jours, de 1 à ${max}.`,
  linkMaxFilesInvalid: (max: number) => `Indiquez un nombre entier de fichiers, de 1 à ${max}, ou laissez vide pour ne pas limiter.`,
  automatic: {
    next: (date) => `Prochaine relance le ${date}`,
    paused: 'Relances automatiques en pause',
    pause: 'Mettre les relances en pause',
    resume: 'Reprendre les relances',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
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
  acceptKind: { pdf: 'PDF', images: 'Images', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Aucune case cochée : tous les types reconnus.',
  acceptOthers: (entries) => `Autres types conservés : ${entries}`,
  maxSize: 'Taille maximale (Mo)',
  maxSizeHint: 'Vide : la limite par défaut.',
  validity: 'Validité (jours)',
  validityHint: 'Facultatif ; par exemple « moins de 3 mois » = 90.',
  saveOptions: 'Enregistrer',
  allKinds: 'tous types',
  sizeLimit: (size) => `${size} max.`,
  validFor: (days) => `valable ${days} ${plural(days, { one: 'jour', other: 'jours' })}`,
  advancedSummary: 'Selon le profil du client (règle avancée)',
  added: (label) => `« ${label} » ajoutée`,
  renamed: (from, to) => `« ${from} » renommée en « ${to} »`,
  removed: (label) => `« ${label} » supprimée`,
  moved: (label, position, total) => `${label} déplacée en position ${position} sur ${total}`,
  saved: (label) => `Options de « ${label} » enregistrées`,
  noChange: 'Aucune modification à enregistrer',
  reminderPolicy: {
    title: 'Relances automatiques',
    loading: 'Chargement…',
    sources: {
      riskType: 'Politique propre à ce type de contrat.',
      cabinet: 'Politique du cabinet (aucune propre à ce type).',
      default: 'Politique par défaut de Dossier (le cabinet n’en a pas défini).',
    },
    enabled: 'Relancer automatiquement les clients',
    steps: 'Jours après la première demande',
    stepsHint: 'Séparés par des virgules, par exemple 3, 7, 14',
    maxReminders: 'Nombre maximal de relances',
    days: 'Jours d’envoi',
    dayNames: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
    from: 'Envoyer à partir de',
    to: 'Jusqu’à',
    timeZone: 'Fuseau horaire du cabinet',
    escalate: 'Prévenir le courtier après la dernière relance',
    escalationDays: 'Jours après la dernière relance',
    escalationTo: 'Adresse à prévenir (facultative, sinon le courtier du dossier)',
    save: 'Enregistrer les relances',
    saved: 'Relances enregistrées.',
    useCabinet: 'Revenir à la politique du cabinet',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Contrats en attente de pièces',
  filters: 'Filtres',
  riskType: 'Type de risque',
  allRiskTypes: 'Tous les types',
  phase: 'Étape',
  phases: { contract: 'Contrats', proposal: 'Propositions', both: 'Contrats et propositions' },
  onlyIncomplete: 'Incomplets seulement',
  onlyRemindersExhausted: 'Relances épuisées seulement',
  order: 'Tri',
  oldest: 'Les plus anciens d’abord',
  newest: 'Les plus récents d’abord',
  total,
  empty: 'Aucun contrat en attente de pièces',
  emptyFiltered: 'Aucun dossier ne correspond à ces filtres',
  resetFilters: 'Réinitialiser les filtres',
  columns: {
    client: 'Client',
    contract: 'Contrat',
    risk: 'Risque',
    missing: 'Pièces manquantes',
    age: 'Ancienneté',
    lastReminder: 'Dernière relance',
    actions: 'Relance',
  },
  never: 'Jamais',
  nextReminder: (date) => `Prochaine relance le ${date}`,
  nothingMissing: 'Aucune',
  open: (client) => `Ouvrir le dossier de ${client}`,
  remind: (client) => `Relancer ${client}`,
  reminderTitle: (client) => `Relancer ${client}`,
  onlyToReview: 'À vérifier uniquement',
  toReview: (count) => `${count} à vérifier`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Relance',
  to: 'À',
  subject: 'Objet',
  body: 'Message',
  pieces: 'Pièces demandées',
  piecesHint: 'Les pièces cochées sont enregistrées comme demandées avec la relance.',
  noPieces: 'Aucune pièce manquante.',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: (to) => `Relance envoyée à ${to}.`,
  history: 'Relances précédentes',
  noHistory: 'Aucune relance envoyée pour ce dossier.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `à ${to}`,
  fieldErrors: {
    toInvalid: 'Adresse e-mail invalide : saisissez une seule adresse, par exemple nom@exemple.fr.',
    toLineBreak: 'L’adresse ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    subjectLineBreak: 'L’objet ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    subjectEmpty: 'L’objet ne peut pas être vide.',
    bodyEmpty: 'Le message ne peut pas être vide.',
    bodyInvalid: 'Le message n’est pas valide.',
  },
  sendFailed: 'La relance n’a pas été envoyée.',
  mailtoBlocked:
    'Impossible d’ouvrir la messagerie : cette page est affichée dans un cadre isolé (iframe sandbox) qui l’interdit. ' +
    'L’application hôte doit autoriser allow-popups ou allow-top-navigation-to-custom-protocols, ou envoyer elle-même (propriété transport).',
  uploadLink: {
    attach: 'Joindre un lien de dépôt',
    attaching: 'Création du lien…',
    attached: (days: number) => `Lien de dépôt ajouté au message, valable ${days} jours.`,
    failed: 'Le lien de dépôt n’a pas pu être créé.',
    noPieces: 'Cochez au moins une pièce à demander pour créer le lien.',
    hint: 'Le client déposera les pièces cochées sur une page sécurisée, sans compte.',
  },
  automatic: {
    title: 'Relances automatiques',
    status: {
      unscheduled: 'Aucune relance automatique programmée',
      active: 'Relances automatiques en cours',
      paused: 'Relances automatiques en pause',
      stopped: 'Relances automatiques arrêtées',
      closed: 'Dossier clos : plus de relances',
      complete: 'Dossier complet : plus de relances',
      exhausted: 'Relances épuisées',
      escalated: 'Relances épuisées, courtier prévenu',
    },
    next: (date) => `Prochaine relance le ${date}`,
    start: 'Programmer les relances',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    failed: 'Action impossible :',
  },
  origin: {
    manual: 'Manuelle',
    automatic: (step) => `Automatique (relance ${step})`,
    escalation: 'Alerte au courtier',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  intro: (cabinetName) =>
    `${cabinetName || 'Votre courtier'} vous demande les documents ci-dessous. Envoyez-les depuis cette page : aucun compte n’est nécessaire.`,
  expires: (date) => `Ce lien est valable jusqu’au ${date}.`,
  filesLeft: (count) => `Vous pouvez encore envoyer ${count} fichier${count > 1 ? 's' : ''}.`,
  status: { requested: 'À envoyer', received: 'Reçu — à vérifier', complete: 'Complet', rejected: 'Refusé — à renvoyer' },
  rules: (kinds, size) => `Accepté : ${kinds}, ${size} au plus.`,
  anyKind: 'PDF, images ou documents',
  chooseFile: (label) => `Choisir un fichier — ${label}`,
  takePhoto: (label) => `Prendre une photo — ${label}`,
  sentFiles: 'Fichiers envoyés',
  reviewState: { pending: 'reçu, en cours de vérification', accepted: 'accepté', rejected: 'refusé', none: 'reçu' },
  rejectionReason: {
    illegible: 'le document est illisible',
    expired: 'le document est expiré',
    'wrong-document': 'ce n’est pas le document demandé',
    incomplete: 'le document est incomplet',
    other: 'voir la remarque ci-dessous',
  },
  rejected: (reason) => `Votre courtier a refusé le dernier fichier : ${reason}.`,
  sendAgain: 'Envoyez un nouveau fichier pour ce document.',
  notAccepted: (name, kinds) => `« ${name} » n’est pas accepté : ce document doit être un fichier ${kinds}.`,
  tooLarge: (name, size) => `« ${name} » est trop volumineux : ${size} au plus.`,
  empty: (name) => `« ${name} » est vide.`,
  uploading: (name) => `Envoi de « ${name} »…`,
  progress: (name, percent) => `Envoi de « ${name} » : ${percent} %`,
  uploaded: (name) => `« ${name} » envoyé.`,
  refused: (name, reason) => `« ${name} » n’a pas été envoyé. ${reason}`,
  noMoreFiles: 'Ce lien n’accepte plus de fichier.',
  done: 'Terminé',
  summaryTitle: 'Récapitulatif',
  summarySent: (count) =>
    count === 0
      ? 'Aucun fichier envoyé.'
      : `${count} fichier${count > 1 ? 's' : ''} envoyé${count > 1 ? 's' : ''}. Votre courtier va les vérifier.`,
  summaryMissing: (count) => `${count} document${count > 1 ? 's' : ''} reste${count > 1 ? 'nt' : ''} à envoyer.`,
  summaryAllSent: 'Tous les documents demandés ont été envoyés. Merci !',
  back: 'Revenir aux documents',
  linkNotWorking: 'Ce lien n’est plus valable. Demandez-en un nouveau à votre courtier.',
  noConnection: 'Aucune connexion : donnez à l’élément sa propriété connection.',
};

/** Dossier in French: core and every element. */
export const fr: Translation = {
  locale: 'fr',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};
