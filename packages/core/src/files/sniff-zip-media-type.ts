const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const DATA_DESCRIPTOR = 0x08074b50;
const LOCAL_HEADER_LENGTH = 30;
/** General-purpose flag bit 3: sizes are zero in the local header and follow the data instead. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const ZIP64_EXTRA_ID = 0x0001;

/** Office Open XML packages, told apart by the folder of their main part. */
const OOXML_FOLDERS: readonly (readonly [string, string])[] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/** OpenDocument packages, named by the content of their `mimetype` entry. */
const ODF_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/**
 * The media type of a ZIP-based file from its first bytes: an OOXML or OpenDocument
 * media type, `application/zip` for any other archive, or `null` when `head` does
 * not start with a readable local file header.
 *
 * It walks the local file headers present in `head` (the central directory, at the end
 * of the file, is usually out of reach). Entries written with a data descriptor have no
 * size in their header; their end is found by looking for a descriptor whose recorded
 * size matches the distance walked, so compressed bytes that happen to contain "PK" are
 * not taken for a header. Macro-enabled variants (`.docm`, `.xlsm`) are reported as their
 * plain counterparts: telling them apart needs the compressed `[Content_Types].xml`.
 */
export function sniffZipMediaType(head: Uint8Array): string | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.length < LOCAL_HEADER_LENGTH || view.getUint32(0, true) !== LOCAL_FILE_HEADER) return null;
  let offset = 0;
  let index = 0;
  while (offset + LOCAL_HEADER_LENGTH <= head.length && view.getUint32(offset, true) === LOCAL_FILE_HEADER) {
    const flags = view.getUint16(offset + 6, true);
    const method = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const nameStart = offset + LOCAL_HEADER_LENGTH;
    const extraStart = nameStart + nameLength;
    const dataStart = extraStart + extraLength;
    if (extraStart > head.length) {
      // The very first header cut short means a truncated or forged file, not an archive.
      return index === 0 ? null : 'application/zip';
    }
    const name = asciiLowerCase(head.subarray(nameStart, extraStart));
    if (index === 0 && name === 'mimetype' && method === 0) {
      const size = view.getUint32(offset + 18, true);
      // The longest ODF media type is under 64 characters; anything much longer is not one.
      if (size <= 128 && dataStart + size <= head.length) {
        const content = String.fromCharCode(...head.subarray(dataStart, dataStart + size)).trim();
        if (ODF_MEDIA_TYPES.has(content)) return content;
      }
    }
    for (const [folder, mediaType] of OOXML_FOLDERS) {
      if (name.startsWith(folder)) return mediaType;
    }
    const next =
      (flags & FLAG_DATA_DESCRIPTOR) !== 0
        ? endOfDataDescriptor(view, dataStart)
        : dataStart + compressedSize(view, offset, extraStart, extraLength);
    if (next === null || next <= offset) break;
    offset = next;
    index += 1;
  }
  return 'application/zip';
}

/** The compressed size from the header, or from its ZIP64 extra field when the header says 0xFFFFFFFF. */
function compressedSize(view: DataView, offset: number, extraStart: number, extraLength: number): number {
  const size = view.getUint32(offset + 18, true);
  if (size !== 0xffffffff) return size;
  const extraEnd = Math.min(extraStart + extraLength, view.byteLength);
  for (let field = extraStart; field + 4 <= extraEnd;) {
    const id = view.getUint16(field, true);
    const length = view.getUint16(field + 2, true);
    // In a local header the ZIP64 field holds the uncompressed size, then the compressed size.
    if (id === ZIP64_EXTRA_ID && length >= 16 && field + 20 <= extraEnd) {
      return Number(view.getBigUint64(field + 12, true));
    }
    field += 4 + length;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Where the entry starting its data at `dataStart` ends, when its sizes follow the data
 * in a descriptor (with or without its optional signature, 32- or 64-bit sizes). A
 * candidate counts only when its compressed size equals the bytes walked and the next
 * record is a ZIP header; `null` when no such descriptor lies within `view`.
 */
function endOfDataDescriptor(view: DataView, dataStart: number): number | null {
  const isHeaderAt = (position: number): boolean =>
    position + 4 <= view.byteLength &&
    (view.getUint32(position, true) === LOCAL_FILE_HEADER || view.getUint32(position, true) === CENTRAL_DIRECTORY_HEADER);
  for (let position = dataStart; position + 12 <= view.byteLength; position += 1) {
    const walked = position - dataStart;
    if (view.getUint32(position, true) === DATA_DESCRIPTOR) {
      if (position + 16 <= view.byteLength && view.getUint32(position + 8, true) === walked && isHeaderAt(position + 16)) {
        return position + 16;
      }
      if (position + 24 <= view.byteLength && view.getBigUint64(position + 8, true) === BigInt(walked) && isHeaderAt(position + 24)) {
        return position + 24;
      }
    }
    if (view.getUint32(position + 4, true) === walked && isHeaderAt(position + 12)) return position + 12;
  }
  return null;
}

/** Entry names are compared in ASCII lower case: OPC part names are case-insensitive, and every name we look for is ASCII. */
function asciiLowerCase(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
  return text;
}
