/** Stable codes of every failure Dossier reports. */
export const DOSSIER_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'file-empty',
  'file-too-large',
  'file-type-not-accepted',
  'file-damaged',
  'duplicate-document',
  'invalid-transition',
  'incomplete-dossier',
  'conflict',
  'unsafe-header',
  'quota-exceeded',
  'storage-unavailable',
] as const;

/** A stable error code; hosts switch on it, never on messages. */
export type DossierErrorCode = (typeof DOSSIER_ERROR_CODES)[number];
