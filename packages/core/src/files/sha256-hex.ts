import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The SHA-256 of a blob's bytes, as 64 lower-case hex digits. Used to recognise the
 * same file added twice.
 *
 * It reads the whole blob into memory: WebCrypto has no streaming digest. That is fine
 * within Dossier's size limits (25 MiB by default); do not call it on unbounded blobs.
 *
 * Fails with `storage-unavailable` when WebCrypto is missing, which in a browser means
 * the page is not a secure context (https or localhost).
 *
 * @example
 * await sha256Hex(new Blob(['abc'])); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(blob: Blob, locale?: Locale): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new DossierError(
      'storage-unavailable',
      { reason: 'crypto.subtle (WebCrypto needs https or localhost)' },
      { locale },
    );
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', await blob.arrayBuffer()));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
