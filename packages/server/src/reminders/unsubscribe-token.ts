import { createHmac, timingSafeEqual } from 'node:crypto';

/** A dossier of a tenant, as an unsubscribe link names it. */
export interface UnsubscribeTarget {
  readonly tenantId: string;
  readonly dossierId: string;
}

const mac = (secret: string, payload: string): Buffer => createHmac('sha256', secret).update(payload).digest();

/** The token of a dossier's unsubscribe link: what it names, and an HMAC of it under `secret` (nobody can forge another dossier's). */
export function signUnsubscribeToken(secret: string, target: UnsubscribeTarget): string {
  const payload = Buffer.from(JSON.stringify([target.tenantId, target.dossierId])).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** What a token names, or `undefined` when it is malformed or not signed with `secret`. */
export function verifyUnsubscribeToken(secret: string, token: unknown): UnsubscribeTarget | undefined {
  if (typeof token !== 'string' || token.length > 2000) return undefined;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return undefined;
    return { tenantId: parsed[0], dossierId: parsed[1] };
  } catch {
    return undefined;
  }
}
