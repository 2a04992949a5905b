import type { DossierErrorDetails } from '@dossier/core';

/** An `application/problem+json` body (RFC 9457) with Dossier's extension members. */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  /** A DossierError code (`conflict`, `not-found`…), when the server knows one. */
  readonly code?: string;
  /** Facts about the failure, as in `DossierError.details`. */
  readonly details?: DossierErrorDetails;
}
