import type { Locale } from '@dossier/core';

/** Every text of the host CRM's own screens (the Dossier elements bring theirs). */
export interface AppMessages {
  readonly brand: string;
  readonly brandTagline: string;
  readonly skipToContent: string;
  readonly loading: string;
  readonly seeding: string;
  readonly bootFailed: string;
  readonly storageBadge: (label: string) => string;
  readonly storageSwitch: (label: string) => string;
  readonly storageDexie: string;
  readonly storageRest: string;
  readonly storageServer: string;
  readonly language: string;
  readonly darkMode: string;
  readonly resetDemo: string;
  readonly advanceClock: string;
  readonly outboxTitle: string;
  readonly outboxEmpty: string;
  readonly outboxFailed: string;
  /** Server mode: a reminder that carries an upload link, in the simulated outbox. */
  readonly sentOutboxTitle: string;
  readonly sentOutboxNote: string;
  readonly openClientLink: string;
  readonly resetTitle: string;
  readonly resetBody: string;
  readonly resetConfirm: string;
  readonly cancel: string;
  readonly close: string;
  readonly mainNav: string;
  readonly navSales: string;
  readonly navContracts: string;
  readonly navAwaitingPieces: string;
  readonly navAdministration: string;
  readonly navAdvice: string;
  readonly navExpectedPieces: string;
  readonly navAwaitingCount: (count: number) => string;
  readonly breadcrumb: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly backToSales: string;
  readonly databaseClosed: string;
  readonly reload: string;
  // Pipeline
  readonly salesTitle: string;
  readonly salesIntro: string;
  readonly newProposal: string;
  readonly pipelineLabel: string;
  readonly columnCount: (count: number) => string;
  readonly emptyColumn: string;
  readonly perYear: string;
  readonly noPremium: string;
  readonly previousStage: (stage: string) => string;
  readonly nextStage: (stage: string) => string;
  readonly previousStageShort: string;
  readonly nextStageShort: string;
  readonly movedTo: (client: string, stage: string) => string;
  readonly remindClient: (client: string) => string;
  readonly dragHint: string;
  readonly totalPremium: (amount: string) => string;
  // New proposal
  readonly newProposalTitle: string;
  readonly clientLegend: string;
  readonly existingClient: string;
  readonly newClient: string;
  readonly chooseClient: string;
  readonly clientName: string;
  readonly clientEmail: string;
  readonly clientKind: string;
  readonly kindParticulier: string;
  readonly kindProfessionnel: string;
  readonly clientAge: string;
  readonly clientAgeHelp: string;
  readonly riskLegend: string;
  readonly riskType: string;
  readonly loanAmount: string;
  readonly loanAmountHelp: string;
  readonly annualPremium: string;
  readonly create: string;
  readonly required: string;
  readonly invalidEmail: string;
  readonly proposalCreated: (id: string, client: string) => string;
  readonly openProposal: string;
  // Proposal page
  readonly proposalTitle: (id: string) => string;
  readonly contractTitle: (id: string) => string;
  readonly detailsHeading: string;
  readonly client: string;
  readonly email: string;
  readonly kind: string;
  readonly age: string;
  readonly ageYears: (age: number) => string;
  readonly risk: string;
  readonly premium: string;
  readonly stage: string;
  readonly contractNumber: string;
  readonly openedOn: string;
  readonly convertedOn: string;
  readonly phases: Readonly<Record<'proposal' | 'contract' | 'archived' | 'lost', string>>;
  readonly actionsLabel: string;
  readonly convert: string;
  readonly convertTitle: string;
  readonly convertBody: string;
  readonly converted: (contractId: string) => string;
  readonly markLost: string;
  readonly markLostTitle: string;
  readonly markLostBody: string;
  readonly markedLost: string;
  readonly archiveContract: string;
  readonly archiveTitle: string;
  readonly archiveBody: string;
  readonly archived: string;
  readonly archiveRefused: string;
  readonly remind: string;
  readonly trackingHeading: string;
  readonly unknownProposal: (id: string) => string;
  // Audit
  readonly auditTitle: string;
  readonly auditIntro: string;
  // Pieces
  readonly piecesTitle: string;
  readonly piecesIntro: string;
  // Reminder dialog
  readonly reminderTitle: (client: string) => string;
  readonly reminderSimulated: string;
  // Toasts from SDK events
  readonly toastDocumentAdded: (name: string) => string;
  /** `message`: Dossier's own, which names the file. */
  readonly toastDocumentRejected: (message: string) => string;
  readonly toastReminderSent: (to: string) => string;
  readonly toastPieceAdded: (label: string) => string;
  readonly toastPieceRemoved: (label: string) => string;
  readonly dismiss: string;
  readonly notifications: string;
}

const fr: AppMessages = {
  brand: 'Courtage Martin & Associés',
  brandTagline: 'Cabinet de courtage en assurances — Lyon',
  skipToContent: 'Aller au contenu',
  loading: 'Chargement…',
  seeding: 'Préparation des données de démonstration…',
  bootFailed: 'Le CRM n’a pas pu démarrer.',
  storageBadge: (label) => `Stockage : ${label}`,
  storageSwitch: (label) => `Passer au stockage ${label}`,
  storageDexie: 'IndexedDB (Dexie)',
  storageRest: 'REST (msw)',
  storageServer: 'Serveur (PostgreSQL)',
  language: 'Langue',
  darkMode: 'Mode sombre',
  resetDemo: 'Réinitialiser la démo',
  advanceClock: 'Avancer l’horloge de 7 jours',
  outboxTitle: 'Boîte d’envoi simulée : relances automatiques des 7 derniers jours',
  outboxEmpty: 'Aucune relance automatique n’était due. Programmez les relances d’un dossier depuis sa fenêtre de relance.',
  outboxFailed: 'Le serveur n’a pas pu avancer l’horloge :',
  sentOutboxTitle: 'Boîte d’envoi simulée : la relance avec son lien',
  sentOutboxNote:
    'Rien n’est parti : voici l’e-mail tel que le client le recevrait. Ouvrez son lien pour voir sa page, au format d’un téléphone.',
  openClientLink: 'Ouvrir le lien client',
  resetTitle: 'Réinitialiser la démo ?',
  resetBody:
    'Toutes les propositions, tous les contrats et documents de cette démonstration seront effacés, puis les données d’exemple recréées.',
  resetConfirm: 'Réinitialiser',
  cancel: 'Annuler',
  close: 'Fermer',
  mainNav: 'Navigation principale',
  navSales: 'Ventes',
  navContracts: 'Contrats',
  navAwaitingPieces: 'En attente de pièces',
  navAdministration: 'Administration',
  navAdvice: 'Conseil/vente',
  navExpectedPieces: 'Pièces attendues',
  navAwaitingCount: (count) => `${count} contrat${count > 1 ? 's' : ''} en attente de pièces`,
  breadcrumb: 'Fil d’Ariane',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'Cette adresse ne correspond à aucun écran du CRM.',
  backToSales: 'Retour aux ventes',
  databaseClosed: 'La base de démonstration a été modifiée dans un autre onglet.',
  reload: 'Recharger',
  salesTitle: 'Ventes',
  salesIntro: 'Les propositions en cours, par étape. Glissez une carte, ou utilisez ses flèches, pour changer d’étape.',
  newProposal: 'Nouvelle proposition',
  pipelineLabel: 'Étapes de vente',
  columnCount: (count) => `${count} proposition${count > 1 ? 's' : ''}`,
  emptyColumn: 'Aucune proposition à cette étape.',
  perYear: '/ an',
  noPremium: 'Prime à définir',
  previousStage: (stage) => `Étape précédente : ${stage}`,
  nextStage: (stage) => `Étape suivante : ${stage}`,
  previousStageShort: 'Étape précédente',
  nextStageShort: 'Étape suivante',
  movedTo: (client, stage) => `${client} : proposition passée à l’étape « ${stage} ».`,
  remindClient: (client) => `Relancer ${client} par e-mail`,
  dragHint: 'Glisser pour changer d’étape',
  totalPremium: (amount) => `${amount} de primes`,
  newProposalTitle: 'Nouvelle proposition',
  clientLegend: 'Client',
  existingClient: 'Client existant',
  newClient: 'Nouveau client',
  chooseClient: 'Client',
  clientName: 'Nom ou raison sociale',
  clientEmail: 'E-mail',
  clientKind: 'Type de client',
  kindParticulier: 'Particulier',
  kindProfessionnel: 'Professionnel',
  clientAge: 'Âge',
  clientAgeHelp: 'Âge du conducteur principal ou du dirigeant.',
  riskLegend: 'Contrat',
  riskType: 'Type de risque',
  loanAmount: 'Montant emprunté (€)',
  loanAmountHelp: 'Au-delà de 200 000 €, un questionnaire de santé est exigé.',
  annualPremium: 'Prime annuelle estimée (€)',
  create: 'Créer la proposition',
  required: 'Champ obligatoire.',
  invalidEmail: 'Adresse e-mail invalide.',
  proposalCreated: (id, client) => `Proposition ${id} créée pour ${client}.`,
  openProposal: 'Ouvrir',
  proposalTitle: (id) => `Proposition ${id}`,
  contractTitle: (id) => `Contrat ${id}`,
  detailsHeading: 'Informations',
  client: 'Client',
  email: 'E-mail',
  kind: 'Type',
  age: 'Âge',
  ageYears: (age) => `${age} ans`,
  risk: 'Risque',
  premium: 'Prime annuelle',
  stage: 'Étape',
  contractNumber: 'N° de contrat',
  openedOn: 'Ouverte le',
  convertedOn: 'Convertie le',
  phases: { proposal: 'Proposition', contract: 'Contrat', archived: 'Contrat archivé', lost: 'Perdue' },
  actionsLabel: 'Actions',
  convert: 'Convertir en contrat',
  convertTitle: 'Convertir en contrat ?',
  convertBody: 'Un numéro de contrat sera attribué. Les pièces déjà collectées restent associées au contrat.',
  converted: (contractId) => `Proposition convertie : contrat ${contractId}. Les pièces collectées sont associées au contrat.`,
  markLost: 'Marquer comme perdue',
  markLostTitle: 'Marquer la proposition comme perdue ?',
  markLostBody: 'Elle quittera le tableau des ventes. Ses documents sont conservés.',
  markedLost: 'Proposition marquée comme perdue.',
  archiveContract: 'Archiver le contrat',
  archiveTitle: 'Archiver le contrat ?',
  archiveBody: 'Le contrat ne peut être archivé que si toutes les pièces obligatoires sont obtenues, archivées ou dispensées.',
  archived: 'Contrat archivé.',
  archiveRefused: 'Archivage refusé',
  remind: 'Relancer par e-mail',
  trackingHeading: 'Suivi des pièces',
  unknownProposal: (id) => `Aucune proposition ni aucun contrat « ${id} ».`,
  auditTitle: 'Contrats en attente de pièces',
  auditIntro:
    'Les devis convertis dont des pièces obligatoires manquent encore. Cliquez sur un contrat pour l’ouvrir, ou sur l’enveloppe pour relancer le client.',
  piecesTitle: 'Pièces attendues',
  piecesIntro:
    'Les documents exigés pour chaque type de contrat du catalogue. Chaque type de contrat a ses propres exigences documentaires.',
  reminderTitle: (client) => `Relance — ${client}`,
  reminderSimulated: 'Démonstration : l’envoi est simulé, aucun e-mail ne part réellement.',
  toastDocumentAdded: (name) => `Document ajouté : ${name}`,
  toastDocumentRejected: (message) => `Document refusé : ${message}`,
  toastReminderSent: (to) => `Relance envoyée à ${to}`,
  toastPieceAdded: (label) => `Pièce attendue ajoutée : ${label}`,
  toastPieceRemoved: (label) => `Pièce attendue supprimée : ${label}`,
  dismiss: 'Masquer la notification',
  notifications: 'Notifications',
};

const en: AppMessages = {
  brand: 'Courtage Martin & Associés',
  brandTagline: 'Insurance brokerage — Lyon',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  seeding: 'Preparing the demo data…',
  bootFailed: 'The CRM could not start.',
  storageBadge: (label) => `Storage: ${label}`,
  storageSwitch: (label) => `Switch to ${label} storage`,
  storageDexie: 'IndexedDB (Dexie)',
  storageRest: 'REST (msw)',
  storageServer: 'Server (PostgreSQL)',
  language: 'Language',
  darkMode: 'Dark mode',
  resetDemo: 'Reset the demo',
  advanceClock: 'Move the clock 7 days on',
  outboxTitle: 'Simulated outbox: automatic reminders of the last 7 days',
  outboxEmpty: 'No automatic reminder was due. Schedule a file’s reminders from its reminder window.',
  outboxFailed: 'The server could not move its clock:',
  sentOutboxTitle: 'Simulated outbox: the reminder with its link',
  sentOutboxNote: 'Nothing left: here is the e-mail as the client would get it. Open its link to see their page, phone-sized.',
  openClientLink: 'Open the client link',
  resetTitle: 'Reset the demo?',
  resetBody: 'Every proposal, contract and document of this demo will be erased, then the sample data created again.',
  resetConfirm: 'Reset',
  cancel: 'Cancel',
  close: 'Close',
  mainNav: 'Main navigation',
  navSales: 'Sales',
  navContracts: 'Contracts',
  navAwaitingPieces: 'Awaiting documents',
  navAdministration: 'Administration',
  navAdvice: 'Advice/sales',
  navExpectedPieces: 'Expected documents',
  navAwaitingCount: (count) => `${count} contract${count === 1 ? '' : 's'} awaiting documents`,
  breadcrumb: 'Breadcrumb',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address matches no screen of the CRM.',
  backToSales: 'Back to sales',
  databaseClosed: 'The demo database was changed in another tab.',
  reload: 'Reload',
  salesTitle: 'Sales',
  salesIntro: 'Proposals in progress, by stage. Drag a card, or use its arrows, to change its stage.',
  newProposal: 'New proposal',
  pipelineLabel: 'Sales stages',
  columnCount: (count) => `${count} proposal${count === 1 ? '' : 's'}`,
  emptyColumn: 'No proposal at this stage.',
  perYear: '/ year',
  noPremium: 'Premium to be set',
  previousStage: (stage) => `Previous stage: ${stage}`,
  nextStage: (stage) => `Next stage: ${stage}`,
  previousStageShort: 'Previous stage',
  nextStageShort: 'Next stage',
  movedTo: (client, stage) => `${client}: proposal moved to “${stage}”.`,
  remindClient: (client) => `E-mail a reminder to ${client}`,
  dragHint: 'Drag to change the stage',
  totalPremium: (amount) => `${amount} in premiums`,
  newProposalTitle: 'New proposal',
  clientLegend: 'Client',
  existingClient: 'Existing client',
  newClient: 'New client',
  chooseClient: 'Client',
  clientName: 'Name or company name',
  clientEmail: 'E-mail',
  clientKind: 'Client type',
  kindParticulier: 'Private individual',
  kindProfessionnel: 'Business',
  clientAge: 'Age',
  clientAgeHelp: 'Age of the main driver or of the manager.',
  riskLegend: 'Contract',
  riskType: 'Risk type',
  loanAmount: 'Loan amount (€)',
  loanAmountHelp: 'Above €200,000, a health questionnaire is required.',
  annualPremium: 'Estimated annual premium (€)',
  create: 'Create the proposal',
  required: 'Required field.',
  invalidEmail: 'Invalid e-mail address.',
  proposalCreated: (id, client) => `Proposal ${id} created for ${client}.`,
  openProposal: 'Open',
  proposalTitle: (id) => `Proposal ${id}`,
  contractTitle: (id) => `Contract ${id}`,
  detailsHeading: 'Details',
  client: 'Client',
  email: 'E-mail',
  kind: 'Type',
  age: 'Age',
  ageYears: (age) => `${age} years old`,
  risk: 'Risk',
  premium: 'Annual premium',
  stage: 'Stage',
  contractNumber: 'Contract no.',
  openedOn: 'Opened on',
  convertedOn: 'Converted on',
  phases: { proposal: 'Proposal', contract: 'Contract', archived: 'Archived contract', lost: 'Lost' },
  actionsLabel: 'Actions',
  convert: 'Convert to contract',
  convertTitle: 'Convert to a contract?',
  convertBody: 'A contract number will be assigned. The documents already collected stay with the contract.',
  converted: (contractId) => `Proposal converted: contract ${contractId}. The collected documents now belong to the contract.`,
  markLost: 'Mark as lost',
  markLostTitle: 'Mark the proposal as lost?',
  markLostBody: 'It will leave the sales board. Its documents are kept.',
  markedLost: 'Proposal marked as lost.',
  archiveContract: 'Archive the contract',
  archiveTitle: 'Archive the contract?',
  archiveBody: 'A contract can only be archived once every required document is obtained, archived or waived.',
  archived: 'Contract archived.',
  archiveRefused: 'Archiving refused',
  remind: 'E-mail a reminder',
  trackingHeading: 'Document tracking',
  unknownProposal: (id) => `No proposal or contract “${id}”.`,
  auditTitle: 'Contracts awaiting documents',
  auditIntro: 'Converted quotes still missing required documents. Click a contract to open it, or the envelope to remind the client.',
  piecesTitle: 'Expected documents',
  piecesIntro: 'The documents required for each contract type of the catalogue. Each contract type has its own requirements.',
  reminderTitle: (client) => `Reminder — ${client}`,
  reminderSimulated: 'Demo: sending is simulated, no e-mail actually leaves.',
  toastDocumentAdded: (name) => `Document added: ${name}`,
  toastDocumentRejected: (message) => `Document refused: ${message}`,
  toastReminderSent: (to) => `Reminder sent to ${to}`,
  toastPieceAdded: (label) => `Expected document added: ${label}`,
  toastPieceRemoved: (label) => `Expected document removed: ${label}`,
  dismiss: 'Dismiss the notification',
  notifications: 'Notifications',
};

/**
 * The CRM's own texts exist in French and English only: a demo host translates what it shows, not
 * Dossier. Dossier's elements inside it speak every locale; around them, the other locales read
 * English.
 */
const APP_MESSAGES: Readonly<Partial<Record<Locale, AppMessages>>> = { fr, en };

/** The CRM's texts in `locale`, English where the CRM has no translation of its own. */
export function appMessages(locale: Locale): AppMessages {
  return APP_MESSAGES[locale] ?? en;
}
