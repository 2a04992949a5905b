// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { ChecklistMessages } from './dossier-checklist.messages.js';
import { pluralFr } from '../../i18n/plural-fr.js';
import { reasonRequiredFr } from './reason-required.fr.js';

/** The French texts of `<dossier-checklist>`. */
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
    obtained: (n) => `${n} ${pluralFr(n, { one: 'obtenue', other: 'obtenues' })}`,
    archived: (n) => `${n} ${pluralFr(n, { one: 'archivée', other: 'archivées' })}`,
    waived: (n) => `${n} ${pluralFr(n, { one: 'dispensée', other: 'dispensées' })}`,
    'not-required': (n) => `${n} ${pluralFr(n, { one: 'non requise', other: 'non requises' })}`,
  },
  unclassified: (n) => `${n} ${pluralFr(n, { one: 'document non classé', other: 'documents non classés' })}`,
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
    reasonRequired: reasonRequiredFr,
  },
};
