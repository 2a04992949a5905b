import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Longest text hashed as a token: anything longer is no token of ours, and hashing it costs nothing useful. */
const MAX_TOKEN_LENGTH = 256;

/**
 * The id of the upload link a token opens: the hex SHA-256 of the token's UTF-8 text. Links are
 * stored and looked up by it, so the token itself is never stored, and a lookup's timing tells
 * nothing about it (what is compared is a hash the caller cannot steer). Synchronous, so every
 * token costs the same to check, whatever it turns out to be.
 *
 * @example
 * const link = await storage.get('uploadLink', hashUploadToken(token));
 */
export function hashUploadToken(token: string): string {
  const text = typeof token === 'string' ? token.slice(0, MAX_TOKEN_LENGTH) : '';
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
