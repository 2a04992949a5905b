import type { DossierErrorCode } from '@dossier/core';

/**
 * The HTTP status a server answers with for each DossierError code; the
 * client maps statuses back (see `httpErrorToDossierError`). Codes without a
 * status of their own are 422 with the code in the problem body.
 */
export const DOSSIER_ERROR_STATUS: Readonly<Record<DossierErrorCode, number>> = {
  'invalid-input': 400,
  'not-found': 404,
  'file-empty': 422,
  'file-too-large': 413,
  'file-type-not-accepted': 422,
  'file-damaged': 422,
  'duplicate-document': 422,
  'invalid-transition': 422,
  'incomplete-dossier': 422,
  conflict: 409,
  'unsafe-header': 422,
  'quota-exceeded': 507,
  'storage-unavailable': 503,
};
