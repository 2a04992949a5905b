import { DossierError, isDossierError } from '@dossier/core';
import { HttpResponse } from 'msw';
import { DOSSIER_ERROR_STATUS } from '../wire/dossier-error-status.js';
import { PROBLEM_MEDIA_TYPE } from '../wire/problem-media-type.js';
import type { ProblemDetails } from '../wire/problem-details.js';

/**
 * An `application/problem+json` answer for a failure: a DossierError gets the
 * status of its code (`DOSSIER_ERROR_STATUS`) unless `status` is given;
 * anything else is a 500 `storage-unavailable` that does not leak its message.
 */
export function problemResponse(error: unknown, status?: number): HttpResponse<string> {
  const known = isDossierError(error) ? error : new DossierError('storage-unavailable', { reason: 'server error' });
  const code = known.code;
  const answered = status ?? (isDossierError(error) ? DOSSIER_ERROR_STATUS[code] : 500);
  const body: ProblemDetails = {
    type: `urn:dossier:error:${code}`,
    title: known.localize('en').message,
    status: answered,
    code,
    details: known.details,
  };
  return new HttpResponse(JSON.stringify(body), {
    status: answered,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, 'Cache-Control': 'no-store' },
  });
}
