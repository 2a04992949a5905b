/** Longest name kept, in UTF-16 code units: well under every file system's limit, with room for a suffix. */
const MAX_LENGTH = 150;
/** Name used when nothing usable is left. */
const FALLBACK_NAME = 'document';

/** Line breaks and tabs become spaces rather than gluing words together. */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Characters that change how the rest of the name is displayed without showing
 * themselves: bidi embeddings, overrides, isolates and marks (the "\u202Egnp.exe" trick),
 * zero-width spaces and joiners, invisible operators, the byte order mark, soft hyphen.
 */
const INVISIBLES = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Halves of surrogate pairs left alone cannot be encoded in UTF-8 (headers, file systems). */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const PATH_SEPARATORS = /[/\\]/;
const WINDOWS_RESERVED_CHARACTERS = /[<>:"|?*]/g;
/** Device names Windows refuses as a file name, whatever the extension (`CON.pdf` too). */
const WINDOWS_RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)$/i;
/** An extension worth keeping when shortening: a short run without dots or spaces after the last dot. */
const EXTENSION = /\.[^.\s]{1,15}$/;

/**
 * A file name safe to store, to put in a header and to save on any file system,
 * from a name a user or a browser gave. Keeps the last path segment only; removes
 * control, bidi and zero-width characters and those Windows reserves (`<>:"|?*`);
 * drops leading dots and trailing dots and spaces; normalises to NFC; collapses
 * whitespace; shortens to 150 UTF-16 code units keeping the extension; suffixes
 * Windows device names with `_` (`CON.pdf` → `CON_.pdf`). Never returns an empty
 * string (`document` instead).
 *
 * The result is plain text, not markup: render it as text, never as HTML.
 *
 * @example
 * cleanFileName('../../etc/passwd'); // 'passwd'
 * cleanFileName('\u202Egnp.exe'); // 'gnp.exe'
 */
export function cleanFileName(name: string): string {
  if (typeof name !== 'string') return FALLBACK_NAME;
  const visible = name.replace(LONE_SURROGATES, '').replace(WHITESPACE_CONTROLS, ' ').replace(CONTROLS, '').replace(INVISIBLES, '');
  const segments = visible.split(PATH_SEPARATORS).filter((segment) => segment.trim() !== '');
  const cleaned = trimDotsAndSpaces(
    (segments[segments.length - 1] ?? '').replace(WINDOWS_RESERVED_CHARACTERS, '').normalize('NFC').replace(/\s+/g, ' '),
  );
  if (cleaned === '') return FALLBACK_NAME;
  return shorten(avoidReservedName(cleaned));
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

function avoidReservedName(name: string): string {
  const dot = name.indexOf('.');
  const stem = (dot === -1 ? name : name.slice(0, dot)).trimEnd();
  if (!WINDOWS_RESERVED_NAMES.test(stem)) return name;
  return `${stem}_${dot === -1 ? '' : name.slice(dot)}`;
}

function shorten(name: string): string {
  if (name.length <= MAX_LENGTH) return name;
  const extension = EXTENSION.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  let cut = MAX_LENGTH - extension.length;
  // Never split a surrogate pair: the half left would be a broken character.
  if (/[\ud800-\udbff]/.test(stem.charAt(cut - 1))) cut -= 1;
  const shortened = trimDotsAndSpaces(stem.slice(0, cut));
  return `${shortened === '' ? FALLBACK_NAME : shortened}${extension}`;
}
