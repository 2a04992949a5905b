import type { Locale } from '../i18n/locale.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Slice size of the fallback: bounds the memory it holds at once. */
const SLICE = 1024 * 1024;

/**
 * The SHA-256 of a blob's bytes, as 64 lower-case hex digits. Used to recognise the
 * same file added twice.
 *
 * With WebCrypto it reads the whole blob into memory (WebCrypto has no streaming
 * digest), which is fine within Dossier's size limits (25 MiB by default). Without
 * WebCrypto (a page that is not a secure context, such as an intranet CRM over plain
 * http) it falls back to `@noble/hashes` (audited, incremental), fed 1 MiB at a time.
 *
 * @param options.webCrypto set to false to force the fallback (tests).
 * @example
 * await sha256Hex(new Blob(['abc'])); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(blob: Blob, _locale?: Locale, options: { webCrypto?: boolean } = {}): Promise<string> {
  const subtle = options.webCrypto === false ? undefined : globalThis.crypto?.subtle;
  if (subtle === undefined) {
    const hash = sha256.create();
    for (let offset = 0; offset < blob.size; offset += SLICE) {
      hash.update(new Uint8Array(await blob.slice(offset, offset + SLICE).arrayBuffer()));
    }
    return bytesToHex(hash.digest());
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', await blob.arrayBuffer()));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
