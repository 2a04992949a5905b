import { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';
import type { FileInspection } from './file-inspection.js';
import { imageDamage } from './image-damage.js';
import { inspectCompoundFile } from './inspect-compound-file.js';
import { inspectPdf } from './inspect-pdf.js';
import { inspectZip } from './inspect-zip.js';
import { looksLikeHtml } from './looks-like-html.js';
import { MEDIA_TYPES } from './media-types.js';
import { sniffMediaType } from './sniff-media-type.js';
import { sniffTextMediaType } from './sniff-text-media-type.js';

const ZIP_KINDS: ReadonlySet<string> = new Set([
  MEDIA_TYPES.zip,
  MEDIA_TYPES.docx,
  MEDIA_TYPES.xlsx,
  MEDIA_TYPES.pptx,
  MEDIA_TYPES.odt,
  MEDIA_TYPES.ods,
  MEDIA_TYPES.odp,
]);

/**
 * Reads what a file is from its content: its kind, whether its structure holds (or the
 * file is cut or damaged), and whether opening it needs a password. Reads the first and
 * last 64 KiB, and a few small ranges where a format points (a PDF's last cross-reference
 * section, a ZIP's central directory, an OLE2 file's directory and FAT sectors): never the
 * whole file, so a 200 MB PDF is checked as fast as a small one.
 *
 * `name` only serves where content cannot tell: plain text (`.txt`, `.csv`) and encrypted
 * Office Open XML, whose package is hidden inside an OLE2 file. Rejects when the blob
 * cannot be read (a picked file deleted since).
 *
 * @example
 * const { mediaType, damage, passwordProtected } = await inspectFile(file, file.name);
 */
export async function inspectFile(blob: Blob, name = ''): Promise<FileInspection> {
  const bytes = await FileBytes.of(blob);
  const result = (mediaType: string | null, damage: FileDamage | null = null, passwordProtected = false): FileInspection => ({
    mediaType,
    damage,
    passwordProtected,
    bytesRead: bytes.bytesRead,
  });
  const sniffed = sniffMediaType(bytes.head);
  if (sniffed === null) {
    if (looksLikeHtml(bytes.head)) return result(MEDIA_TYPES.html);
    return result(sniffTextMediaType(bytes.head, bytes.tail, name, bytes.head.length === bytes.size));
  }
  if (sniffed === MEDIA_TYPES.pdf) {
    const pdf = await inspectPdf(bytes);
    return result(sniffed, pdf.damage, pdf.passwordProtected);
  }
  if (ZIP_KINDS.has(sniffed)) {
    const zip = await inspectZip(bytes, sniffed);
    return result(zip.mediaType, zip.damage, zip.passwordProtected);
  }
  if (sniffed === MEDIA_TYPES.compoundFile) {
    const compound = await inspectCompoundFile(bytes, name);
    return result(compound.mediaType, compound.damage, compound.passwordProtected);
  }
  if (sniffed === MEDIA_TYPES.rtf) return result(sniffed, rtfEnds(bytes.tail) ? null : 'truncated');
  return result(sniffed, await imageDamage(sniffed, bytes));
}

/** An RTF document is one group: it ends with its closing brace (then maybe line breaks or NULs). */
function rtfEnds(tail: Uint8Array): boolean {
  let index = tail.length - 1;
  while (index >= 0 && [0x00, 0x0a, 0x0d, 0x20, 0x09].includes(tail[index] ?? 0)) index -= 1;
  return tail[index] === 0x7d;
}
