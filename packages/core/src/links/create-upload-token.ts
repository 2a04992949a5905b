/** Bytes of randomness in a token: 256 bits. */
const TOKEN_BYTES = 32;

/**
 * A new upload-link token: 256 bits from the platform's CSPRNG (`crypto.getRandomValues`,
 * in browsers and Node alike), as 43 base64url characters, safe in a URL path.
 */
export function createUploadToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
