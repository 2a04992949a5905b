import { sniffHeifMediaType } from './sniff-heif-media-type.js';
import { sniffZipMediaType } from './sniff-zip-media-type.js';

/** Fixed signatures at the start of a file, checked in order. */
const SIGNATURES: readonly (readonly [mediaType: string, signature: readonly (number | null)[]])[] = [
  ['application/pdf', ascii('%PDF-')],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', ascii('GIF87a')],
  ['image/gif', ascii('GIF89a')],
  // RIFF, then the 4-byte chunk size (any value), then the WEBP form type.
  ['image/webp', [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')]],
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  // BigTIFF, the 64-bit-offset variant.
  ['image/tiff', [0x49, 0x49, 0x2b, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2b]],
];

/**
 * The media type of a file, from its first bytes only (give it up to the first 64 KiB).
 *
 * Recognises PDF, PNG, JPEG, GIF, WebP, TIFF, HEIC/HEIF/AVIF, Office Open XML
 * (docx, xlsx, pptx), OpenDocument (odt, ods, odp) and other ZIP archives. Returns
 * `null` for anything else, including text: plain text has no signature, so guessing it
 * would let any file without one through as `text/plain`.
 *
 * Never trust a file's name or its declared type instead: both are chosen by the sender.
 *
 * @example
 * const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
 * sniffMediaType(head); // 'application/pdf'
 */
export function sniffMediaType(head: Uint8Array): string | null {
  // Checked by tag rather than instanceof so bytes from another realm (an iframe, a worker) pass.
  if (Object.prototype.toString.call(head) !== '[object Uint8Array]') return null;
  for (const [mediaType, signature] of SIGNATURES) {
    if (startsWith(head, signature)) return mediaType;
  }
  return sniffHeifMediaType(head) ?? sniffZipMediaType(head);
}

function startsWith(head: Uint8Array, signature: readonly (number | null)[]): boolean {
  return head.length >= signature.length && signature.every((byte, index) => byte === null || head[index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}
