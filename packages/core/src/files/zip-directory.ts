import type { FileBytes } from './file-bytes.js';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
/** A central directory larger than this is not read (some 100,000 entries); the archive is taken as it is. */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;

/** An entry of a ZIP archive's central directory. */
export interface ZipEntry {
  /** Its name as stored (UTF-8 or CP437; the names looked for are ASCII). */
  readonly name: string;
  /** General-purpose flags; bit 0 marks an encrypted entry. */
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  /** Offset of its local header. */
  readonly localHeaderOffset: number;
}

/**
 * What the end of a ZIP archive says: its entries, from the central directory; `'truncated'`
 * when the end-of-central-directory record is missing (the end of the file was cut),
 * `'corrupt'` when the record points outside the file; `'unread'` when the directory is too
 * large to read for a structure check.
 */
export type ZipDirectory = readonly ZipEntry[] | 'truncated' | 'corrupt' | 'unread';

/**
 * Reads the central directory of a ZIP archive from its tail: the end record (with ZIP64
 * support), then the directory it points to, which writers put just before it.
 */
export async function readZipDirectory(bytes: FileBytes): Promise<ZipDirectory> {
  const tail = bytes.tail;
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  // Walk back from the end: the record is 22 bytes plus a comment of the length it states.
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY && at + 22 + view.getUint16(at + 20, true) <= tail.length) {
      end = at;
      break;
    }
  }
  if (end === -1) return 'truncated';
  let entries = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset === 0xffffffff || directorySize === 0xffffffff || entries === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) return 'corrupt';
    const recordOffset = Number(view.getBigUint64(locator + 8, true));
    const record = await bytes.range(recordOffset, recordOffset + 56);
    const recordView = new DataView(record.buffer, record.byteOffset, record.byteLength);
    if (record.length < 56 || recordView.getUint32(0, true) !== ZIP64_END) return 'corrupt';
    entries = Number(recordView.getBigUint64(32, true));
    directorySize = Number(recordView.getBigUint64(40, true));
    directoryOffset = Number(recordView.getBigUint64(48, true));
  }
  if (directoryOffset + directorySize > bytes.tailStart + end) return 'corrupt';
  if (directorySize > MAX_DIRECTORY_BYTES) return 'unread';
  const directory = await bytes.range(directoryOffset, directoryOffset + directorySize);
  return parseDirectory(directory, entries);
}

function parseDirectory(directory: Uint8Array, expected: number): ZipDirectory {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && view.getUint32(at, true) === CENTRAL_DIRECTORY_HEADER) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > directory.length) return 'corrupt';
    let name = '';
    for (const byte of directory.subarray(at + 46, at + 46 + nameLength)) name += String.fromCharCode(byte);
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Fewer headers than the end record counts: the directory was overwritten or cut.
  return entries.length === expected || expected === 0xffff ? entries : 'corrupt';
}
