/** A family of files the options panel offers as one checkbox. */
export interface AcceptKind {
  /** Stable key, also the key of its label in the messages. */
  readonly id: AcceptKindId;
  /** The `accept` entries the checkbox stands for. */
  readonly mediaTypes: readonly string[];
}

/** Keys of the file families offered by the options panel. */
export type AcceptKindId = 'pdf' | 'images' | 'office' | 'openDocument';

/** The file families a person can tick, in display order. Only kinds core recognises by their bytes. */
export const ACCEPT_KINDS: readonly AcceptKind[] = [
  { id: 'pdf', mediaTypes: ['application/pdf'] },
  { id: 'images', mediaTypes: ['image/*'] },
  {
    id: 'office',
    mediaTypes: [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
  },
  {
    id: 'openDocument',
    mediaTypes: [
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.oasis.opendocument.presentation',
    ],
  },
];
