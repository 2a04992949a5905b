import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import { DossierError } from '../errors/dossier-error.js';
import type { DossierErrorDetails } from '../errors/dossier-error-details.js';
import type { Locale } from '../i18n/locale.js';
import type { FileInspection } from './file-inspection.js';
import { inspectFile } from './inspect-file.js';
import { mediaTypeMatches } from './media-type-matches.js';
import { isBlob } from '../realm/is-blob.js';
import { MEDIA_TYPES } from './media-types.js';
import { nameForMediaType } from './name-for-media-type.js';
import { sha256Hex } from './sha256-hex.js';

/** Longest file name accepted, in UTF-16 code units (the original name is kept for display). */
const MAX_NAME_LENGTH = 1000;

/**
 * Kinds recognised only to be named in refusals, whatever a piece accepts: a web page
 * opened from the CRM would run its scripts in the broker's session.
 */
const NEVER_ACCEPTED: ReadonlySet<string> = new Set([MEDIA_TYPES.html]);

/** A file offered for storage: its bytes and the name the user or browser gave. */
export interface FileCandidate {
  blob: Blob;
  name: string;
}

/** What an expected piece allows: accepted kinds (empty = every recognised kind) and a size limit in bytes. */
export interface FileRules {
  accept: readonly string[];
  maxBytes: number;
}

/** A file that passed validation, with what storage needs to know about it. */
export interface ValidatedFile {
  /**
   * Cleaned name, safe for headers and file systems, with the extension of the detected
   * kind (a PNG given as `permis.pdf` is stored as `permis.png`).
   */
  name: string;
  /** The name as given, for display only (as text). */
  originalName: string;
  /** Media type detected from the content. */
  mediaType: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  digest: string;
  /** Whether opening the file needs a password (the broker may not be able to open it later). */
  passwordProtected: boolean;
}

/**
 * Checks a file before anything is stored, and describes it.
 *
 * In order: not empty (`file-empty`); not larger than `rules.maxBytes`
 * (`file-too-large`); its kind, read from its content by `inspectFile`, is known, not
 * HTML, and allowed by `rules.accept` (`file-type-not-accepted`, naming the detected kind);
 * its structure holds, so it is not cut short or damaged (`file-damaged`). The blob's
 * declared type is never trusted, nor the name's extension (which only tells plain text
 * apart, once the bytes prove to be text). Then the bytes are hashed. A file that needs a
 * password to open is accepted and flagged `passwordProtected`. Malformed arguments, and a
 * name longer than 1,000 characters, fail with `invalid-input`. Error details carry the original name (messages render it as text).
 *
 * @example
 * const file = await validateFile({ blob, name: blob.name }, { accept: ['.pdf', 'image/*'], maxBytes: DEFAULT_MAX_BYTES }, 'en');
 */
export async function validateFile(candidate: FileCandidate, rules: FileRules, locale?: Locale): Promise<ValidatedFile> {
  const fail = (code: DossierErrorCode, details: DossierErrorDetails, cause?: unknown): DossierError =>
    new DossierError(code, details, { locale, cause });
  if (typeof candidate !== 'object' || candidate === null) throw fail('invalid-input', { field: 'file', reason: 'not a file' });
  const { blob, name } = candidate;
  if (typeof name !== 'string') throw fail('invalid-input', { field: 'name', reason: 'not a string' });
  // Every file system caps a name near 255 bytes: a longer one was not picked from a disk.
  if (name.length > MAX_NAME_LENGTH) throw fail('invalid-input', { field: 'name', reason: { key: 'atMost', max: MAX_NAME_LENGTH } });
  if (!isBlob(blob)) throw fail('invalid-input', { field: 'blob', reason: 'not a Blob', fileName: name });
  if (
    typeof rules !== 'object' ||
    rules === null ||
    !Array.isArray(rules.accept) ||
    !rules.accept.every((entry) => typeof entry === 'string')
  ) {
    throw fail('invalid-input', { field: 'accept', reason: 'not a list of strings' });
  }
  // NaN would make every size comparison false and let any file through.
  if (typeof rules.maxBytes !== 'number' || Number.isNaN(rules.maxBytes) || rules.maxBytes <= 0) {
    throw fail('invalid-input', { field: 'maxBytes', reason: 'not a positive number' });
  }
  const accepted = [...rules.accept];
  const size = blob.size;
  if (size === 0) throw fail('file-empty', { fileName: name });
  if (size > rules.maxBytes) throw fail('file-too-large', { fileName: name, size, maxBytes: rules.maxBytes });

  let inspection: FileInspection;
  try {
    inspection = await inspectFile(blob, name);
  } catch (error) {
    // A picked file deleted or changed on disk since cannot be read any more.
    throw fail('invalid-input', { field: 'blob', reason: { key: 'unreadableFile' }, fileName: name }, error);
  }
  const { mediaType, damage, passwordProtected } = inspection;
  if (mediaType === null) throw fail('file-type-not-accepted', { fileName: name, accepted });
  // An Office 97–2003 file too damaged to tell which one: its damage is the news, not its kind.
  if (damage !== null && mediaType === MEDIA_TYPES.compoundFile) {
    throw fail('file-damaged', { fileName: name, mediaType, reason: { key: 'fileDamage', damage } });
  }
  if (NEVER_ACCEPTED.has(mediaType) || !mediaTypeMatches(mediaType, accepted)) {
    throw fail('file-type-not-accepted', { fileName: name, mediaType, accepted });
  }
  if (damage !== null) throw fail('file-damaged', { fileName: name, mediaType, reason: { key: 'fileDamage', damage } });

  let digest: string;
  try {
    digest = await sha256Hex(blob, locale);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw fail('invalid-input', { field: 'blob', reason: { key: 'unreadableFile' }, fileName: name }, error);
  }
  return { name: nameForMediaType(name, mediaType), originalName: name, mediaType, size, digest, passwordProtected };
}
