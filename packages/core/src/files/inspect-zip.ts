import type { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';
import { inflateRaw } from './inflate-raw.js';
import { latin1Text } from './latin1-text.js';
import { MEDIA_TYPES } from './media-types.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** Office Open XML packages, told apart by the folder of their main part. */
const OOXML_FOLDERS: readonly (readonly [string, string])[] = [
  ['word/', MEDIA_TYPES.docx],
  ['xl/', MEDIA_TYPES.xlsx],
  ['ppt/', MEDIA_TYPES.pptx],
];
const ODF_MEDIA_TYPES: ReadonlySet<string> = new Set([MEDIA_TYPES.odt, MEDIA_TYPES.ods, MEDIA_TYPES.odp]);
/** An OpenDocument manifest is a few KiB; a larger one is not inflated for a password check. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const FLAG_ENCRYPTED = 0x0001;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

/** What the central directory of a ZIP-based file says. */
export interface ZipInspection {
  readonly mediaType: string;
  readonly damage: FileDamage | null;
  readonly passwordProtected: boolean;
}

/**
 * Checks a ZIP-based file (`sniffed` is what its first local headers said) against its
 * central directory, read from the tail: the end record must be there (a cut archive has
 * none); an Office Open XML package needs `[Content_Types].xml` beside its main part (else
 * it is a plain archive); an OpenDocument package needs its manifest. Encrypted entries, or
 * an OpenDocument manifest with encryption data, mean a password is needed.
 */
export async function inspectZip(bytes: FileBytes, sniffed: string): Promise<ZipInspection> {
  const directory = await readZipDirectory(bytes);
  if (directory === 'unread') return { mediaType: sniffed, damage: null, passwordProtected: false };
  if (typeof directory === 'string') return { mediaType: sniffed, damage: directory, passwordProtected: false };
  const names = new Set(directory.map((entry) => asciiLowerCase(entry.name)));
  const encrypted = directory.some((entry) => (entry.flags & FLAG_ENCRYPTED) !== 0);
  if (ODF_MEDIA_TYPES.has(sniffed)) {
    const manifest = directory.find((entry) => asciiLowerCase(entry.name) === 'meta-inf/manifest.xml');
    if (manifest === undefined) return { mediaType: sniffed, damage: 'corrupt', passwordProtected: false };
    return { mediaType: sniffed, damage: null, passwordProtected: encrypted || (await manifestMentionsEncryption(bytes, manifest)) };
  }
  if (names.has('[content_types].xml')) {
    for (const [folder, mediaType] of OOXML_FOLDERS) {
      if ([...names].some((name) => name.startsWith(folder))) return { mediaType, damage: null, passwordProtected: encrypted };
    }
  }
  return { mediaType: MEDIA_TYPES.zip, damage: null, passwordProtected: encrypted };
}

/** Whether an OpenDocument manifest lists encryption data: LibreOffice encrypts each part and says how there. */
async function manifestMentionsEncryption(bytes: FileBytes, entry: ZipEntry): Promise<boolean> {
  if (entry.compressedSize > MAX_MANIFEST_BYTES) return false;
  const local = await bytes.range(entry.localHeaderOffset, entry.localHeaderOffset + 30);
  if (local.length < 30) return false;
  const view = new DataView(local.buffer, local.byteOffset, local.byteLength);
  const dataStart = entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const data = await bytes.range(dataStart, dataStart + entry.compressedSize);
  const text =
    entry.method === METHOD_STORED ? data : entry.method === METHOD_DEFLATED ? await inflateRaw(data, MAX_MANIFEST_BYTES * 8) : null;
  return text !== null && latin1Text(text).includes('encryption-data');
}

function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
