/** One file the client picked on `<dossier-portal>`'s page, as it goes. */
export interface PickedFile {
  readonly key: number;
  readonly pieceId: string;
  readonly name: string;
  readonly size: number;
  sent: number;
  state: 'uploading' | 'sent' | 'refused';
  /** Why it was refused, in words. */
  message: string;
}
