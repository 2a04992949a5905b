import type { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';
import { latin1Text } from './latin1-text.js';
import { MEDIA_TYPES } from './media-types.js';

/** The IEND chunk's type and CRC: every PNG ends with them. */
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
/** Padding some writers leave after the last marker: NUL, CR, LF, space, DOS end-of-file. */
const PADDING = new Set([0x00, 0x0a, 0x0d, 0x20, 0x1a]);
/**
 * Phones put data after a JPEG's end marker: a video (Google's and Samsung's motion
 * photos, announced in the XMP of the head) or Samsung's SEF trailer (ending in "SEFT").
 */
const JPEG_TRAILER_HINTS = /MotionPhoto|MicroVideo|Container:Directory/;
/** Top-level boxes walked in a HEIF file before giving up (a photo has three or four). */
const MAX_HEIF_BOXES = 64;

/**
 * Why an image's structure does not hold, or `null`: a JPEG must end with its end marker
 * (FF D9), a PNG hold its IEND chunk near the end, a GIF end with its trailer (3B), a
 * WebP be as long as its RIFF header says, a TIFF's first directory and image data lie
 * within the file, a HEIF file's top-level boxes end where the file ends. Cut images fail
 * these; readers show them half grey, or not at all.
 */
export async function imageDamage(mediaType: string, bytes: FileBytes): Promise<FileDamage | null> {
  switch (mediaType) {
    case MEDIA_TYPES.jpeg:
      return jpegDamage(bytes);
    case MEDIA_TYPES.png:
      return indexOf(bytes.tail, PNG_END) === -1 ? 'truncated' : null;
    case MEDIA_TYPES.gif:
      return bytes.tail[lastMeaningful(bytes.tail)] === 0x3b ? null : 'truncated';
    case MEDIA_TYPES.webp: {
      const riffSize = new DataView(bytes.head.buffer, bytes.head.byteOffset).getUint32(4, true);
      return riffSize + 8 > bytes.size ? 'truncated' : null;
    }
    case MEDIA_TYPES.tiff:
      return tiffDamage(bytes);
    case MEDIA_TYPES.heic:
    case MEDIA_TYPES.heif:
    case MEDIA_TYPES.avif:
      return heifDamage(bytes);
    default:
      return null;
  }
}

function jpegDamage(bytes: FileBytes): FileDamage | null {
  const last = lastMeaningful(bytes.tail);
  if (last >= 1 && bytes.tail[last - 1] === 0xff && bytes.tail[last] === 0xd9) return null;
  if (latin1Text(bytes.tail.subarray(-4)) === 'SEFT' || JPEG_TRAILER_HINTS.test(latin1Text(bytes.head))) return null;
  return 'truncated';
}

/** Index of the last byte that is not padding; -1 when there is none. */
function lastMeaningful(bytes: Uint8Array): number {
  let index = bytes.length - 1;
  while (index >= 0 && PADDING.has(bytes[index] ?? 0)) index -= 1;
  return index;
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = haystack.length - needle.length; i >= 0; i -= 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A TIFF's first directory (IFD), and the last strip or tile it points to, must lie within the file. */
async function tiffDamage(bytes: FileBytes): Promise<FileDamage | null> {
  const little = bytes.head[0] === 0x49;
  const big = (bytes.head[2] ?? 0) + (bytes.head[3] ?? 0) * 256 === (little ? 43 : 43 * 256);
  const header = await bytes.range(0, 16);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < (big ? 16 : 8)) return 'truncated';
  const ifd = big ? Number(view.getBigUint64(8, little)) : view.getUint32(4, little);
  const countSize = big ? 8 : 2;
  const entrySize = big ? 20 : 12;
  if (ifd < 8 || ifd + countSize > bytes.size) return ifd < 8 ? 'corrupt' : 'truncated';
  const countBytes = await bytes.range(ifd, ifd + countSize);
  const countView = new DataView(countBytes.buffer, countBytes.byteOffset, countBytes.byteLength);
  const count = big ? Number(countView.getBigUint64(0, little)) : countView.getUint16(0, little);
  if (count === 0 || count > 4096) return 'corrupt';
  const end = ifd + countSize + count * entrySize;
  if (end > bytes.size) return 'truncated';
  const entries = await bytes.range(ifd + countSize, end);
  const entryView = new DataView(entries.buffer, entries.byteOffset, entries.byteLength);
  const values = new Map<number, { type: number; count: number; at: number }>();
  for (let i = 0; i < count; i += 1) {
    const at = i * entrySize;
    const tag = entryView.getUint16(at, little);
    const type = entryView.getUint16(at + 2, little);
    const n = big ? Number(entryView.getBigUint64(at + 4, little)) : entryView.getUint32(at + 4, little);
    values.set(tag, { type, count: n, at: at + (big ? 12 : 8) });
  }
  // StripOffsets/StripByteCounts, or TileOffsets/TileByteCounts.
  const [offsetsTag, countsTag] = values.has(273) ? [273, 279] : [324, 325];
  const offsets = values.get(offsetsTag);
  const counts = values.get(countsTag);
  if (offsets === undefined || counts === undefined) return null;
  const lastOffset = await lastValue(bytes, entryView, offsets, little, big);
  const lastCount = await lastValue(bytes, entryView, counts, little, big);
  if (lastOffset === null || lastCount === null) return 'truncated';
  return lastOffset + lastCount > bytes.size ? 'truncated' : null;
}

/** The last element of a TIFF field holding SHORTs, LONGs or LONG8s, inline or at its offset; null when out of the file. */
async function lastValue(
  bytes: FileBytes,
  entries: DataView,
  field: { type: number; count: number; at: number },
  little: boolean,
  big: boolean,
): Promise<number | null> {
  const width = field.type === 3 ? 2 : field.type === 4 ? 4 : field.type === 16 ? 8 : 0;
  if (width === 0 || field.count === 0) return null;
  const inline = width * field.count <= (big ? 8 : 4);
  let view: DataView;
  let at: number;
  if (inline) {
    view = entries;
    at = field.at + width * (field.count - 1);
  } else {
    const pointer = big ? Number(entries.getBigUint64(field.at, little)) : entries.getUint32(field.at, little);
    const start = pointer + width * (field.count - 1);
    if (start + width > bytes.size) return null;
    const value = await bytes.range(start, start + width);
    view = new DataView(value.buffer, value.byteOffset, value.byteLength);
    at = 0;
  }
  return width === 2 ? view.getUint16(at, little) : width === 4 ? view.getUint32(at, little) : Number(view.getBigUint64(at, little));
}

/** A HEIF file is a run of boxes: each size must fit in what is left, and the last end with the file. */
async function heifDamage(bytes: FileBytes): Promise<FileDamage | null> {
  let offset = 0;
  for (let boxes = 0; boxes < MAX_HEIF_BOXES && offset < bytes.size; boxes += 1) {
    const header = await bytes.range(offset, offset + 16);
    if (header.length < 8) return 'truncated';
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    let size = view.getUint32(0, false);
    if (size === 0) return null; // The last box runs to the end of the file.
    if (size === 1) {
      if (header.length < 16) return 'truncated';
      size = Number(view.getBigUint64(8, false));
    }
    if (size < 8) return 'corrupt';
    if (offset + size > bytes.size) return 'truncated';
    offset += size;
  }
  return null;
}
