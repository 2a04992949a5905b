/**
 * Tags that open an HTML document, as the WHATWG MIME Sniffing standard lists them
 * ("identifying a resource with an unknown MIME type"), in lower case.
 */
const HTML_OPENINGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];
/** Bytes skipped before the first tag: whitespace and a UTF-8 byte order mark. */
const LEADING = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/**
 * Whether `head` starts (after whitespace and a byte order mark) with a tag that opens an
 * HTML document. HTML is refused whatever a piece accepts: opened from the CRM, a page
 * runs its scripts in the broker's session.
 */
export function looksLikeHtml(head: Uint8Array): boolean {
  let offset = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (offset < head.length && LEADING.has(head[offset] ?? 0)) offset += 1;
  const start = lowerAscii(head.subarray(offset, offset + 16));
  return HTML_OPENINGS.some((opening) => {
    if (!start.startsWith(opening)) return false;
    // The tag name must end there: "<body>" or "<b " open HTML, "<bibliography" does not.
    const after = start.charCodeAt(opening.length);
    return opening === '<!--' || after === 0x20 || after === 0x3e || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x0c;
  });
}

function lowerAscii(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
  return text;
}
