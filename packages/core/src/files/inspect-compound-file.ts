import { CompoundFile, CompoundFileDamage, type CompoundFileEntry } from './compound-file.js';
import type { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';
import { MEDIA_TYPES } from './media-types.js';

/** Encrypted Office Open XML is an OLE2 file around the package: only the name tells which kind it was. */
const ENCRYPTED_PACKAGE_KINDS: ReadonlyMap<string, string> = new Map([
  ['.docx', MEDIA_TYPES.docx],
  ['.docm', MEDIA_TYPES.docx],
  ['.xlsx', MEDIA_TYPES.xlsx],
  ['.xlsm', MEDIA_TYPES.xlsx],
  ['.pptx', MEDIA_TYPES.pptx],
  ['.pptm', MEDIA_TYPES.pptx],
]);
/** Word's FIB: its identifier, and the flag of an encrypted (or XOR-obfuscated) document. */
const WORD_IDENT = 0xa5ec;
const WORD_ENCRYPTED = 0x0100;
/** Excel's BIFF records: the first is BOF; FILEPASS right after it means the workbook is encrypted. */
const BIFF_BOF = 0x0809;
const BIFF_FILEPASS = 0x002f;

/** What the directory of a compound file says. */
export interface CompoundFileInspection {
  /** `.doc`, `.xls`, `.ppt`, `.msg` or an encrypted OOXML kind; `null` for other compound files (installers, thumbnails…). */
  readonly mediaType: string | null;
  readonly damage: FileDamage | null;
  readonly passwordProtected: boolean;
}

/**
 * Tells the kind of an OLE2 compound file by the streams in its root storage
 * (`WordDocument`, `Workbook`, `PowerPoint Document`, Outlook's `__properties_version1.0`,
 * `EncryptedPackage` for password-protected Office Open XML), checks that the sectors its
 * FAT uses lie within the file, and reads the encryption flags of Word and Excel files.
 */
export async function inspectCompoundFile(bytes: FileBytes, name: string): Promise<CompoundFileInspection> {
  let file: CompoundFile;
  let kind: CompoundFileInspection;
  try {
    file = CompoundFile.open(bytes);
    kind = await kindOf(file, await file.rootChildren(), name);
  } catch (error) {
    if (error instanceof CompoundFileDamage) return { mediaType: MEDIA_TYPES.compoundFile, damage: error.damage, passwordProtected: false };
    throw error;
  }
  if (kind.mediaType === null) return kind;
  try {
    await file.checkLength();
    return kind;
  } catch (error) {
    // The kind is known: the refusal can say "Excel workbook, incomplete".
    if (error instanceof CompoundFileDamage) return { ...kind, damage: error.damage };
    throw error;
  }
}

async function kindOf(file: CompoundFile, children: readonly CompoundFileEntry[], name: string): Promise<CompoundFileInspection> {
  const stream = (wanted: string): CompoundFileEntry | undefined =>
    children.find((entry) => entry.name.toLowerCase() === wanted.toLowerCase());
  if (stream('EncryptedPackage') && stream('EncryptionInfo')) {
    return { mediaType: ENCRYPTED_PACKAGE_KINDS.get(extensionOf(name)) ?? null, damage: null, passwordProtected: true };
  }
  if (stream('__properties_version1.0') || children.some((entry) => entry.name.startsWith('__substg1.0_'))) {
    return { mediaType: MEDIA_TYPES.msg, damage: null, passwordProtected: false };
  }
  const word = stream('WordDocument');
  if (word) {
    const fib = await file.streamStart(word, 12);
    const view = fib && fib.length >= 12 ? new DataView(fib.buffer, fib.byteOffset, fib.byteLength) : null;
    const encrypted = view !== null && view.getUint16(0, true) === WORD_IDENT && (view.getUint16(0x0a, true) & WORD_ENCRYPTED) !== 0;
    return { mediaType: MEDIA_TYPES.doc, damage: null, passwordProtected: encrypted };
  }
  const workbook = stream('Workbook') ?? stream('Book');
  if (workbook) {
    const records = await file.streamStart(workbook, 64);
    const view = records && records.length >= 8 ? new DataView(records.buffer, records.byteOffset, records.byteLength) : null;
    let encrypted = false;
    if (view !== null && view.getUint16(0, true) === BIFF_BOF) {
      const second = 4 + view.getUint16(2, true);
      encrypted = second + 2 <= view.byteLength && view.getUint16(second, true) === BIFF_FILEPASS;
    }
    return { mediaType: MEDIA_TYPES.xls, damage: null, passwordProtected: encrypted };
  }
  if (stream('PowerPoint Document')) {
    // PowerPoint moves the document summary into an encrypted stream of its own when a password is set.
    return { mediaType: MEDIA_TYPES.ppt, damage: null, passwordProtected: stream('EncryptedSummary') !== undefined };
  }
  return { mediaType: null, damage: null, passwordProtected: false };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot).toLowerCase();
}
