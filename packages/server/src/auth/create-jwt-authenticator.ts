import { createSecretKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { AuthenticationError } from './authentication-error.js';
import type { Authenticate, DossierPrincipal } from './dossier-principal.js';
import type { JwtAuthenticatorOptions } from './jwt-authenticator-options.js';

/** Longest token accepted; a larger header is refused before any parsing. */
const MAX_TOKEN_LENGTH = 8192;
/** Verified tokens remembered (a client sends the same token with every request). */
const CACHE_SIZE = 10_000;
/** How long a verified token is trusted without checking it again (never past its expiry). */
const CACHE_MS = 60_000;

/**
 * The built-in authentication: a host-issued JWT in `Authorization: Bearer`,
 * verified with `jose` (HS256 secret or the host's JWKS), its audience,
 * issuer and expiry checked. The principal comes from `sub` (user), the
 * tenant claim and the roles claim.
 *
 * @example
 * createDossierServer({ database, authenticate: createJwtAuthenticator({ secret: process.env.DOSSIER_JWT_SECRET!, audience: 'dossier' }) });
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticate {
  if (!options.audience) throw new TypeError('audience is required');
  if (!options.secret === !options.jwksUrl) throw new TypeError('give exactly one of secret and jwksUrl');
  if (options.secret !== undefined && Buffer.byteLength(options.secret) < 32)
    throw new TypeError('the HS256 secret needs at least 32 bytes');
  // A KeyObject, not bytes: jose would import raw bytes into WebCrypto again at every verification.
  const key =
    options.secret !== undefined ? createSecretKey(Buffer.from(options.secret)) : createRemoteJWKSet(new URL(options.jwksUrl as string));
  const algorithms = options.secret !== undefined ? ['HS256'] : ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
  const tenantClaim = options.tenantClaim ?? 'tenant';
  const rolesClaim = options.rolesClaim ?? 'roles';
  const verified = new Map<string, { principal: DossierPrincipal; until: number }>();

  return async (request) => {
    const header = request.headers['authorization'];
    if (typeof header !== 'string' || header === '') throw new AuthenticationError(401, 'missing bearer token');
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
    if (!match || header.length > MAX_TOKEN_LENGTH) throw new AuthenticationError(401, 'malformed authorization header');
    const token = match[1] as string;
    const known = verified.get(token);
    if (known && known.until > Date.now()) return known.principal;
    let payload: JWTPayload;
    try {
      const result = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        audience: options.audience,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        algorithms,
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload;
    } catch (error) {
      throw new AuthenticationError(401, reasonOf(error));
    }
    const principal = principalOf(payload, tenantClaim, rolesClaim);
    verified.delete(token);
    verified.set(token, { principal, until: Math.min(Date.now() + CACHE_MS, (payload.exp as number) * 1000) });
    if (verified.size > CACHE_SIZE) verified.delete(verified.keys().next().value as string);
    return principal;
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim rejected: ${error.claim}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'token key unknown';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSENotSupported) return 'token cannot be checked';
  return 'token invalid';
}

function principalOf(payload: JWTPayload, tenantClaim: string, rolesClaim: string): DossierPrincipal {
  const tenantId = payload[tenantClaim];
  if (typeof tenantId !== 'string' || tenantId === '' || tenantId.length > 200)
    throw new AuthenticationError(401, `token has no ${tenantClaim} claim`);
  const rawRoles = payload[rolesClaim];
  const roles = Array.isArray(rawRoles)
    ? rawRoles.filter((role): role is string => typeof role === 'string')
    : typeof rawRoles === 'string'
      ? rawRoles.split(' ').filter(Boolean)
      : [];
  return { tenantId, userId: payload.sub as string, roles };
}
