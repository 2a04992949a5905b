import type { PortalPieceStatus, RejectionReason } from '@dossier/core';

/** Texts of `<dossier-portal>`, the client's page behind an upload link. */
export interface PortalMessages {
  /** "Bonjour Jeanne," (an empty first name gives the greeting alone). */
  greeting: (firstName: string) => string;
  /** What the page is for: "Courtage Martin vous demande les documents ci-dessous." */
  intro: (cabinetName: string) => string;
  /** Until when the link works. */
  expires: (date: string) => string;
  /** How many files the link still takes. */
  filesLeft: (count: number) => string;
  status: Record<PortalPieceStatus, string>;
  /** The rules of a piece: accepted kinds and size. */
  rules: (kinds: string, size: string) => string;
  anyKind: string;
  /** Button opening the file picker of a piece. */
  chooseFile: (label: string) => string;
  /** Button opening the camera (shown when the piece takes images). */
  takePhoto: (label: string) => string;
  sentFiles: string;
  reviewState: Record<'pending' | 'accepted' | 'rejected' | 'none', string>;
  /** Why the broker refused a file. */
  rejectionReason: Record<RejectionReason, string>;
  rejected: (reason: string) => string;
  sendAgain: string;
  /** A file refused before sending: not of an accepted kind ("ce fichier n'est pas un PDF"). */
  notAccepted: (name: string, kinds: string) => string;
  tooLarge: (name: string, size: string) => string;
  empty: (name: string) => string;
  uploading: (name: string) => string;
  progress: (name: string, percent: number) => string;
  uploaded: (name: string) => string;
  refused: (name: string, reason: string) => string;
  noMoreFiles: string;
  done: string;
  summaryTitle: string;
  summarySent: (count: number) => string;
  summaryMissing: (count: number) => string;
  summaryAllSent: string;
  back: string;
  linkNotWorking: string;
  noConnection: string;
}
