/** Who sent a request, as the host's authentication says. */
export interface DossierPrincipal {
  /** Whose data the request reads and writes: every row is scoped to it. */
  readonly tenantId: string;
  /** The person or service; idempotency keys are scoped to it. Never logged (it may be an e-mail address). */
  readonly userId: string;
  /** `admin` may change the catalogue (risk types, pieces); `broker` everything else. */
  readonly roles: readonly string[];
}

/** What an authentication hook sees of a request. */
export interface AuthenticationRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * The host's authentication: the principal of a request, or a thrown
 * `AuthenticationError` (401, or 403 for a known principal without access).
 * Anything else thrown is a 503: the server cannot tell who is asking.
 */
export type Authenticate = (request: AuthenticationRequest) => Promise<DossierPrincipal>;
