import { SignJWT } from 'jose';

/** What a development token says. */
export interface DevTokenOptions {
  readonly secret: string;
  readonly audience: string;
  readonly tenantId?: string;
  readonly userId?: string;
  readonly roles?: readonly string[];
  /** Lifetime in seconds. Default 30 days. */
  readonly ttlSeconds?: number;
}

/**
 * An HS256 token the built-in authenticator accepts: what a development
 * server prints at start (tenant `demo`, roles admin and broker), and what
 * tests use. Never use a printed dev secret in production.
 */
export async function issueDevToken(options: DevTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ tenant: options.tenantId ?? 'demo', roles: [...(options.roles ?? ['admin', 'broker'])] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.userId ?? 'dev')
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 30 * 86_400))
    .sign(new TextEncoder().encode(options.secret));
}
