import type { Locale } from '../i18n/locale.js';
import type { FileCandidate, FileRules, ValidatedFile } from './validate-file.js';

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
 * The inspection code (PDF, zip, OLE2, image structure, SHA-256) loads on the first call, not
 * with the page: a page of badges never needs it.
 *
 * @example
 * const file = await validateFile({ blob, name: blob.name }, { accept: ['.pdf', 'image/*'], maxBytes: DEFAULT_MAX_BYTES }, 'en');
 */
export async function validateFile(candidate: FileCandidate, rules: FileRules, locale?: Locale): Promise<ValidatedFile> {
  const inspection = await import('./validate-file.js');
  return inspection.validateFile(candidate, rules, locale);
}
