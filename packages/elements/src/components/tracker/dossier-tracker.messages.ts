import type { DocumentReviewStatus, DocumentState, DossierPhase, RejectionReason, UploadLinkState } from '@dossier/core';

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
  /** How many documents a piece has: "Aucun document", "1 document", "3 documents". */
  documentCount: (count: number) => string;
  /** The button of a piece's line that opens the file picker for it. */
  addDocument: string;
  /** Name of a piece's actions menu (followed by the piece, visually hidden). */
  actions: string;
  /** Shown on a piece's line while files are dragged over it. */
  dropOn: (label: string) => string;
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
  /** "2 à vérifier": documents waiting for the broker's review. */
  toReview: (count: number) => string;
  reviewState: Record<DocumentReviewStatus, string>;
  accept: string;
  reject: string;
  rejectReason: string;
  /** The empty choice of the reason list. */
  rejectChoose: string;
  rejectionReasons: Record<RejectionReason, string>;
  rejectNote: string;
  rejectSubmit: string;
  rejectReasonRequired: string;
  rejectNoteRequired: string;
  rejectedBecause: (reason: string) => string;
  acceptedOne: (name: string) => string;
  rejectedOne: (name: string) => string;
  linksHeading: string;
  noLinks: string;
  /** One link: when it was made, until when it works, the files it brought. */
  linkRow: (created: string, expires: string, files: number) => string;
  linkState: Record<UploadLinkState, string>;
  createLink: string;
  linkCreated: string;
  linkShownOnce: string;
  revokeLink: string;
  linkRevoked: string;
  /** The new link's options ("Créer un lien client"). */
  linkPieces: string;
  linkNoPieces: string;
  linkDays: (max: number) => string;
  linkMaxFiles: string;
  linkNoLimit: string;
  linkSubmit: string;
  linkPiecesRequired: string;
  linkDaysInvalid: (max: number) => string;
  linkMaxFilesInvalid: (max: number) => string;
  /** The dossier's automatic reminders, under the count. */
  automatic: {
    /** "Prochaine relance le 5 mars 2026 à 09:00", the date already formatted. */
    next: (date: string) => string;
    paused: string;
    pause: string;
    resume: string;
  };
}
