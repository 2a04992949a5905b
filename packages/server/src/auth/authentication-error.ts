/**
 * A request refused by authentication (401: nobody we know, or a token
 * expired, forged, for another audience) or by authorization (403: known, but
 * not allowed). `reason` is safe to send back; it never echoes the token.
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly status: 401 | 403;
  readonly reason: string;

  constructor(status: 401 | 403, reason: string) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }
}
