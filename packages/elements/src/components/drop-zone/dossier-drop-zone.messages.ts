import type { DropZoneFileStep } from './drop-zone-file.js';

/** Texts of `<dossier-drop-zone>`. */
export interface DropZoneMessages {
  prompt: string;
  add: string;
  release: string;
  pasteHint: string;
  forPiece: (label: string, rules: string) => string;
  accepted: (kinds: string) => string;
  anyKind: string;
  maxSize: (size: string) => string;
  kindNames: Readonly<Record<string, string>>;
  pieceUnavailable: string;
  step: Record<DropZoneFileStep, string>;
  skippedByHost: string;
  oneFileOnly: string;
  filesTitle: string;
  dismiss: (name: string) => string;
  clearFinished: string;
  noFilesDropped: string;
  noFilesPasted: string;
  adding: (count: number) => string;
  storedOne: (name: string) => string;
  skippedOne: (name: string) => string;
  summary: (stored: number, rejected: number, skipped: number) => string;
  disabled: string;
}
