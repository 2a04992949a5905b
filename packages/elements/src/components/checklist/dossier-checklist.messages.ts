import type { Localized } from '../../i18n/localized.js';
import type { ChecklistGroup } from './checklist-group.js';

/** Texts of `<dossier-checklist>`. */
export interface ChecklistMessages {
  title: string;
  group: Record<ChecklistGroup, string>;
  /** Summary line and live announcement, e.g. "2 à obtenir, 1 obtenue…". */
  count: Record<ChecklistGroup, (n: number) => string>;
  unclassified: (n: number) => string;
  noPieces: string;
  noDocuments: string;
  addDocument: string;
  addDocumentFor: (label: string) => string;
  toArchive: string;
  archivedDocument: string;
  waivedBecause: (reason: string) => string;
  expiresOn: (date: string) => string;
  complete: string;
  documentsOf: (label: string) => string;
}

/** Texts of `<dossier-checklist>` per locale. */
export const checklistMessages: Localized<ChecklistMessages> = {
  fr: {
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
      obtained: (n) => `${n} obtenue${n > 1 ? 's' : ''}`,
      archived: (n) => `${n} archivée${n > 1 ? 's' : ''}`,
      waived: (n) => `${n} dispensée${n > 1 ? 's' : ''}`,
      'not-required': (n) => `${n} non requise${n > 1 ? 's' : ''}`,
    },
    unclassified: (n) => (n === 1 ? '1 document non classé' : `${n} documents non classés`),
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
  },
  en: {
    title: 'Expected documents',
    group: {
      remaining: 'To collect',
      obtained: 'Obtained',
      archived: 'Archived',
      waived: 'Waived',
      'not-required': 'Not required',
    },
    count: {
      remaining: (n) => `${n} to collect`,
      obtained: (n) => `${n} obtained`,
      archived: (n) => `${n} archived`,
      waived: (n) => `${n} waived`,
      'not-required': (n) => `${n} not required`,
    },
    unclassified: (n) => (n === 1 ? '1 unclassified document' : `${n} unclassified documents`),
    noPieces: 'No documents are expected for this contract type.',
    noDocuments: 'No document',
    addDocument: 'Add document',
    addDocumentFor: (label) => `Add document: ${label}`,
    toArchive: 'to archive',
    archivedDocument: 'archived',
    waivedBecause: (reason) => `Reason: ${reason}`,
    expiresOn: (date) => `valid until ${date}`,
    complete: 'Every required document is here.',
    documentsOf: (label) => `Documents of “${label}”`,
  },
};
