import type { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';
import { latin1Text } from './latin1-text.js';
import { pdfNeedsPassword } from './pdf-needs-password.js';
import { pdfHeaderOffset } from './sniff-media-type.js';

/** Readers look for `%%EOF` in the last 1,024 bytes (PDF 1.7, implementation note 18). */
const EOF_WINDOW = 1024;
/** An indirect object's opening: object number, generation, `obj`. */
const OBJECT = /\d+[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+obj\b/;
/** The trailer's `/Encrypt` entry (a reference or a dictionary); `/EncryptMetadata` does not match. */
const ENCRYPT = /\/Encrypt(?![A-Za-z])[\0\t\n\f\r ]*(?:\d+[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+R|<<)/;

/** What the structure of a PDF says. */
export interface PdfInspection {
  readonly damage: FileDamage | null;
  readonly passwordProtected: boolean;
}

/**
 * Checks the structure of a PDF from its head and tail: an object after its header, and
 * `startxref`, a plausible offset and `%%EOF` in its last 1,024 bytes (the last section's,
 * so an interrupted incremental update is caught too). Also tells whether opening it needs
 * a password: encrypted with a user password, not only with permissions.
 */
export async function inspectPdf(bytes: FileBytes): Promise<PdfInspection> {
  const header = Math.max(0, pdfHeaderOffset(bytes.head));
  const head = latin1Text(bytes.head.subarray(header));
  if (!OBJECT.test(head)) return { damage: 'no-content', passwordProtected: false };
  const tail = latin1Text(bytes.tail);
  const eof = tail.lastIndexOf('%%EOF');
  if (eof === -1 || tail.length - eof > EOF_WINDOW) return { damage: 'truncated', passwordProtected: false };
  const startxref = /startxref[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]*$/.exec(tail.slice(Math.max(0, eof - 64), eof));
  if (startxref === null) return { damage: 'corrupt', passwordProtected: false };
  const xref = Number(startxref[1]);
  // Offsets count from the file's start; with bytes before the header, some writers count from the header.
  if (!Number.isSafeInteger(xref) || xref >= bytes.size) return { damage: 'corrupt', passwordProtected: false };
  // The last cross-reference section's dictionary holds /Encrypt; it is usually in the tail, and
  // a linearized file repeats it in its head. Read it where startxref points when neither has it.
  const sections = [head, tail];
  if (!sections.some((text) => ENCRYPT.test(text))) {
    sections.push(latin1Text(await bytes.range(xref, xref + 4096)), latin1Text(await bytes.range(xref + header, xref + header + 4096)));
  }
  if (!sections.some((text) => ENCRYPT.test(text))) return { damage: null, passwordProtected: false };
  return { damage: null, passwordProtected: await pdfNeedsPassword(sections) };
}
