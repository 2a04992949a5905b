/** The options of the upload link being made ("Créer un lien client") as typed, and what is wrong with them. */
export interface LinkForm {
  readonly pieceIds: ReadonlySet<string>;
  readonly days: string;
  readonly maxFiles: string;
  readonly errors: { readonly pieces?: string; readonly days?: string; readonly maxFiles?: string };
}
