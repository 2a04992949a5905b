import type { DocumentState, DossierPhase } from '@dossier/core';
import type { Localized } from '../../i18n/localized.js';

/** Texts of `<dossier-tracker>`. */
export interface TrackerMessages {
  title: string;
  /** Read before the client's name in the heading (visually hidden): "Suivi des documents : ". */
  titlePrefix: string;
  /** Read after an action's name, naming its piece (visually hidden): " : Permis de conduire". */
  pieceSuffix: (label: string) => string;
  riskType: string;
  phase: string;
  phases: Record<DossierPhase, string>;
  stage: string;
  contract: string;
  toCollect: (count: number) => string;
  complete: string;
  piecesHeading: string;
  empty: string;
  /** Required or not, and whether the client's profile decided it. */
  requirement: Record<'required' | 'optional' | 'requiredByProfile' | 'optionalByProfile', string>;
  documentState: Record<DocumentState, string>;
  /** Badge of a document that needs a password to open. */
  passwordProtected: string;
  noDocument: string;
  validUntil: (date: string) => string;
  waivedBecause: (reason: string) => string;
  archive: string;
  waive: string;
  waiveReason: string;
  waiveSubmit: string;
  reasonRequired: string;
  unwaive: string;
  classifyDocuments: (count: number) => string;
  addHeading: string;
  generalZone: string;
  readOnly: Record<'archived' | 'lost', string>;
  waived: (label: string) => string;
  unwaived: (label: string) => string;
  archived: (name: string) => string;
}

/** Texts of `<dossier-tracker>` per locale. */
export const trackerMessages: Localized<TrackerMessages> = {
  fr: {
    title: 'Suivi des documents',
    titlePrefix: 'Suivi des documents : ',
    pieceSuffix: (label) => ` : ${label}`,
    riskType: 'Type de contrat',
    phase: 'Phase',
    phases: { proposal: 'Proposition', contract: 'Contrat', archived: 'Archivé', lost: 'Perdu' },
    stage: 'Étape',
    contract: 'N° de contrat',
    toCollect: (n) => (n === 1 ? '1 pièce à collecter' : `${n} pièces à collecter`),
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
  },
  en: {
    title: 'Document tracking',
    titlePrefix: 'Document tracking: ',
    pieceSuffix: (label) => `: ${label}`,
    riskType: 'Contract type',
    phase: 'Phase',
    phases: { proposal: 'Proposal', contract: 'Contract', archived: 'Archived', lost: 'Lost' },
    stage: 'Step',
    contract: 'Contract no.',
    toCollect: (n) => (n === 1 ? '1 document to collect' : `${n} documents to collect`),
    complete: 'File complete: nothing left to collect',
    piecesHeading: 'Expected documents',
    empty: 'No expected document for this contract type',
    requirement: {
      required: 'Required',
      optional: 'Optional',
      requiredByProfile: 'Required for this client’s profile',
      optionalByProfile: 'Optional for this client’s profile',
    },
    documentState: { obtained: 'Obtained', archived: 'Archived' },
    passwordProtected: 'Password-protected',
    noDocument: 'No document',
    validUntil: (date) => `Valid until ${date}`,
    waivedBecause: (reason) => `Waiver reason: ${reason}`,
    archive: 'Archive',
    waive: 'Waive',
    waiveReason: 'Reason for the waiver',
    waiveSubmit: 'Waive the document',
    reasonRequired: 'Give the reason for the waiver.',
    unwaive: 'Cancel the waiver',
    classifyDocuments: (n) => `Classify the documents (${n})`,
    addHeading: 'Add documents',
    generalZone: 'Drop the file’s documents here, you will classify them next',
    readOnly: {
      archived: 'Archived file: read only, its documents can no longer change.',
      lost: 'Lost sale: read only, its documents can no longer change.',
    },
    waived: (label) => `${label}: document waived.`,
    unwaived: (label) => `${label}: waiver cancelled.`,
    archived: (name) => `“${name}” archived.`,
  },
};
