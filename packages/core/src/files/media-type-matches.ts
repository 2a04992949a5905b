import { EXTENSION_MEDIA_TYPES } from './extension-media-types.js';

/**
 * Whether a detected media type is allowed by an `accept` list, as an expected piece
 * declares it: media types (`application/pdf`), wildcards (`image/*`, `*\/*`) or file
 * extensions (`.pdf`, `.jpg`, `.docx`). Case-insensitive; parameters (`; charset=…`) are
 * ignored. An empty list accepts everything. Unknown extensions and malformed entries
 * match nothing.
 *
 * @example
 * mediaTypeMatches('image/png', ['application/pdf', 'image/*']); // true
 * mediaTypeMatches('image/png', ['.pdf']); // false
 */
export function mediaTypeMatches(mediaType: string, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const type = essence(mediaType);
  if (!/^[^/\s*]+\/[^/\s*]+$/.test(type)) return false;
  return accept.some((entry) => entryMatches(type, entry));
}

function entryMatches(type: string, entry: unknown): boolean {
  if (typeof entry !== 'string') return false;
  const wanted = essence(entry);
  if (wanted.startsWith('.')) return EXTENSION_MEDIA_TYPES.get(wanted)?.includes(type) ?? false;
  if (wanted === '*/*') return true;
  if (/^[^/\s*]+\/\*$/.test(wanted)) return type.startsWith(wanted.slice(0, -1));
  return wanted === type;
}

/** The media type without parameters, trimmed, in lower case. */
function essence(value: unknown): string {
  return typeof value === 'string' ? (value.split(';', 1)[0] ?? '').trim().toLowerCase() : '';
}
