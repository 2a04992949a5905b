/** Options of `createJwtAuthenticator`: give `secret` (HS256) or `jwksUrl`, and `audience`. */
export interface JwtAuthenticatorOptions {
  /** Shared HS256 secret (at least 32 bytes). */
  readonly secret?: string;
  /** URL of the host's JSON Web Key Set (RS256, ES256… keys), fetched and cached by `jose`. */
  readonly jwksUrl?: string;
  /** Required `aud` claim. */
  readonly audience: string;
  /** Required `iss` claim, when given. */
  readonly issuer?: string;
  /** Claim holding the tenant id. Default `tenant`. */
  readonly tenantClaim?: string;
  /** Claim holding the roles (an array of strings, or one space-separated string). Default `roles`. */
  readonly rolesClaim?: string;
  /** Tolerated clock difference, in seconds. Default 30. */
  readonly clockToleranceSeconds?: number;
}
