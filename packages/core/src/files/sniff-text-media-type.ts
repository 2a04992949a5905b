import { TEXT_MEDIA_TYPES } from './text-media-types.js';

/**
 * Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 text.
 */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The text kind of a file (`text/plain` for `.txt`, `text/csv` for `.csv`) when its name
 * has such an extension and its head and tail are text: valid UTF-8 (with or without a
 * byte order mark) or Windows-1252, without control characters other than tab, line feed
 * and carriage return. `null` otherwise, so a binary file renamed `.txt` is not text.
 *
 * Only the head and the tail are looked at (`head` ends and `tail` starts anywhere, even
 * inside a UTF-8 sequence); `tail` may be empty when `head` holds the whole file.
 */
export function sniffTextMediaType(head: Uint8Array, tail: Uint8Array, name: string, wholeFileInHead: boolean): string | null {
  const mediaType = TEXT_MEDIA_TYPES.get(extensionOf(name));
  if (mediaType === undefined) return null;
  const parts = wholeFileInHead ? [head] : [head, tail];
  if (parts.some(hasControlCharacters)) return null;
  const utf8 = isUtf8(head, wholeFileInHead ? 'whole' : 'head') && (wholeFileInHead || isUtf8(tail, 'tail'));
  if (utf8 || parts.every((bytes) => bytes.every((byte) => !UNDEFINED_IN_WINDOWS_1252.has(byte)))) return mediaType;
  return null;
}

/** The name's last extension, with its dot, in lower case; '' without one. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot).toLowerCase();
}

/** Controls other than tab, line feed and carriage return: NUL and friends mark binary data (or UTF-16, not supported). */
function hasControlCharacters(bytes: Uint8Array): boolean {
  return bytes.some((byte) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f);
}

/**
 * Whether `bytes` is valid UTF-8. A head may end inside a sequence and a tail start inside
 * one: those cut ends are forgiven, nothing else.
 */
function isUtf8(bytes: Uint8Array, part: 'whole' | 'head' | 'tail'): boolean {
  let start = 0;
  if (part === 'tail') {
    // Up to three continuation bytes belong to a character begun before the tail.
    while (start < 3 && start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start += 1;
  }
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // In streaming mode an incomplete sequence at the very end waits for more bytes instead of failing.
    decoder.decode(bytes.subarray(start), { stream: part === 'head' });
    return true;
  } catch {
    return false;
  }
}
