import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import { DossierError, type DossierErrorDetails } from '../errors/dossier-error.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Locale } from '../i18n/locale.js';
import { cleanFileName } from './clean-file-name.js';
import { mediaTypeMatches } from './media-type-matches.js';
import { isBlob } from './is-blob.js';
import { sha256Hex } from './sha256-hex.js';
import { sniffMediaType } from './sniff-media-type.js';

/** How many leading bytes are read to recognise a file's kind. */
const HEAD_BYTES = 65536;

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
  /** Cleaned name, safe for headers and file systems. */
  name: string;
  /** The name as given, for display only (as text). */
  originalName: string;
  /** Media type detected from the content. */
  mediaType: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  digest: string;
}

/**
 * Checks a file before anything is stored, and describes it.
 *
 * In order: not empty (`file-empty`); not larger than `rules.maxBytes`
 * (`file-too-large`); its kind, recognised from its first bytes, is known and
 * allowed by `rules.accept` (`file-type-not-accepted`). The blob's declared type and the
 * name's extension are never trusted: both are chosen by the sender. Then the bytes
 * are hashed. Malformed arguments fail with `invalid-input`. Error details carry the
 * original name (messages render it as text).
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
  if (!isBlob(blob)) throw fail('invalid-input', { field: 'blob', reason: 'not a Blob', fileName: name });
  if (typeof rules !== 'object' || rules === null || !Array.isArray(rules.accept) || !rules.accept.every((entry) => typeof entry === 'string')) {
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

  let head: Uint8Array;
  try {
    head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  } catch (error) {
    // A picked file deleted or changed on disk since cannot be read any more.
    throw fail('invalid-input', { field: 'blob', reason: unreadable(locale), fileName: name }, error);
  }
  const mediaType = sniffMediaType(head);
  if (mediaType === null) throw fail('file-type-not-accepted', { fileName: name, accepted });
  if (!mediaTypeMatches(mediaType, accepted)) throw fail('file-type-not-accepted', { fileName: name, mediaType, accepted });

  let digest: string;
  try {
    digest = await sha256Hex(blob, locale);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw fail('invalid-input', { field: 'blob', reason: unreadable(locale), fileName: name }, error);
  }
  return { name: cleanFileName(name), originalName: name, mediaType, size, digest };
}

/** The reason shown when the bytes cannot be read; it reaches end users, so it follows the locale. */
function unreadable(_locale?: Locale): LocalizedText {
  return { en: 'the file could not be read', fr: "le fichier n'a pas pu être lu" };
}
