/** Texts of `<dossier-indexer>`. */
export interface IndexerMessages {
  title: string;
  unclassifiedHeading: string;
  classifiedHeading: string;
  empty: string;
  noPieces: string;
  classifyAs: string;
  choosePiece: string;
  classify: string;
  reclassify: string;
  unclassify: string;
  suggested: string;
  pieceRequired: string;
  addedOn: (date: string) => string;
  /** Badge of a document that needs a password to open. */
  passwordProtected: string;
  /** Under the icon of a PDF whose first page could not be shown (damaged, or protected by a password). */
  previewUnavailable: string;
  confirmRemove: (name: string) => string;
  classifiedAs: (name: string, piece: string) => string;
  unclassifiedDone: (name: string) => string;
  removed: (name: string) => string;
  removeKept: (name: string) => string;
  readOnly: string;
}
