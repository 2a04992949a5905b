import type { RejectionReason } from '@dossier/core';
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
  /** Review of a document the client sent: its state, "Accepter", "Refuser" with a common reason. */
  review: {
    pending: string;
    rejected: string;
    accept: string;
    reject: string;
    reason: string;
    choose: string;
    reasons: Record<Exclude<RejectionReason, 'other'>, string>;
    confirm: string;
    reasonRequired: string;
  };
}
