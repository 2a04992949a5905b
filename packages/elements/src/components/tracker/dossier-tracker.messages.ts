import type { DocumentState, DossierPhase } from '@dossier/core';

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
  /** The dossier's automatic reminders, under the count. */
  automatic: {
    /** "Prochaine relance le 5 mars 2026 à 09:00", the date already formatted. */
    next: (date: string) => string;
    paused: string;
    pause: string;
    resume: string;
  };
}
