import { unsafeHeaderCharacters } from './unsafe-header-characters.js';

/**
 * `text` on one line: line breaks and control characters become spaces, runs of
 * spaces collapse, ends are trimmed. Used on host data (names, labels, references)
 * and on template subjects so that none of them can break a header or a list line.
 */
export function singleLine(text: string): string {
  return String(text).replace(unsafeHeaderCharacters(), ' ').replace(/ {2,}/g, ' ').trim();
}
