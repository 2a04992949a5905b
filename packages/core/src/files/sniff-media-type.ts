import { looksLikeHtml } from './looks-like-html.js';
import { MEDIA_TYPES } from './media-types.js';
import { sniffHeifMediaType } from './sniff-heif-media-type.js';
import { sniffZipMediaType } from './sniff-zip-media-type.js';

/** Fixed signatures at the start of a file, checked in order. */
const SIGNATURES: readonly (readonly [mediaType: string, signature: readonly (number | null)[]])[] = [
  [MEDIA_TYPES.pdf, ascii('%PDF-')],
  [MEDIA_TYPES.png, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  [MEDIA_TYPES.jpeg, [0xff, 0xd8, 0xff]],
  [MEDIA_TYPES.gif, ascii('GIF87a')],
  [MEDIA_TYPES.gif, ascii('GIF89a')],
  // RIFF, then the 4-byte chunk size (any value), then the WEBP form type.
  [MEDIA_TYPES.webp, [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')]],
  [MEDIA_TYPES.tiff, [0x49, 0x49, 0x2a, 0x00]],
  [MEDIA_TYPES.tiff, [0x4d, 0x4d, 0x00, 0x2a]],
  // BigTIFF, the 64-bit-offset variant.
  [MEDIA_TYPES.tiff, [0x49, 0x49, 0x2b, 0x00]],
  [MEDIA_TYPES.tiff, [0x4d, 0x4d, 0x00, 0x2b]],
  // OLE2 compound files: Office 97–2003, Outlook items, encrypted Office Open XML.
  [MEDIA_TYPES.compoundFile, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  [MEDIA_TYPES.rtf, ascii('{\\rtf')],
];

/**
 * How far into a file a PDF header may lie. The PDF specification lets readers find it
 * anywhere in the first 1,024 bytes, and they do: print spools put a PJL job header before
 * it, some mail gateways a byte order mark.
 */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = ascii('%PDF-');

/**
 * The media type of a file, from its first bytes only (give it up to the first 64 KiB).
 *
 * Recognises PDF (its header anywhere in the first 1,024 bytes), PNG, JPEG, GIF, WebP,
 * TIFF, HEIC/HEIF/AVIF, Office Open XML (docx, xlsx, pptx), OpenDocument (odt, ods, odp)
 * and other ZIP archives, RTF, and OLE2 compound files (`application/x-ole-storage`:
 * `inspectFile` tells `.doc`, `.xls`, `.ppt` and `.msg` apart). Returns `null` for anything
 * else, including text and HTML: plain text has no signature, so guessing it would let any
 * file without one through as `text/plain` (`inspectFile` accepts text by its extension
 * once the bytes prove to be text).
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
    if (startsWith(head, signature, 0)) return mediaType;
  }
  const typed = sniffHeifMediaType(head) ?? sniffZipMediaType(head);
  if (typed !== null) return typed;
  // A web page that mentions "%PDF-" is still a web page.
  if (looksLikeHtml(head)) return null;
  return pdfHeaderOffset(head) === -1 ? null : MEDIA_TYPES.pdf;
}

/**
 * Where the PDF header (`%PDF-` then a version digit) starts in `head`, within the first
 * 1,024 bytes; `0` for a file starting with `%PDF-`; `-1` when there is none.
 */
export function pdfHeaderOffset(head: Uint8Array): number {
  if (startsWith(head, PDF_HEADER, 0)) return 0;
  const last = Math.min(head.length - PDF_HEADER.length - 1, PDF_HEADER_WINDOW - PDF_HEADER.length);
  for (let offset = 1; offset <= last; offset += 1) {
    // A version digit must follow, so that prose quoting "%PDF-" is not taken for a header.
    const digit = head[offset + PDF_HEADER.length] ?? 0;
    if (startsWith(head, PDF_HEADER, offset) && digit >= 0x30 && digit <= 0x39) return offset;
  }
  return -1;
}

function startsWith(head: Uint8Array, signature: readonly (number | null)[], offset: number): boolean {
  return head.length >= offset + signature.length && signature.every((byte, index) => byte === null || head[offset + index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}
