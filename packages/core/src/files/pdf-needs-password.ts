import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { rc4 } from './rc4.js';

/** The padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3). */
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e,
  0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const WS = '[\\0\\t\\n\\f\\r ]*';

/**
 * Whether an encrypted PDF needs a password to be opened. Many PDFs are encrypted only to
 * restrict printing or editing, with an empty user password: every reader opens those
 * without asking. This tries the empty user password the way readers do (standard security
 * handler, revisions 2 to 6). When it cannot tell (another security handler, the encryption
 * dictionary out of reach, no WebCrypto for revision 6), it says yes: better a badge too
 * many than a document nobody can open.
 *
 * `texts` are the parts of the file read so far (head, tail, last cross-reference section),
 * one character per byte.
 */
export async function pdfNeedsPassword(texts: readonly string[]): Promise<boolean> {
  const dictionary = encryptionDictionary(texts);
  const id = firstId(texts);
  if (dictionary === null || !/\/Filter\s*\/Standard\b/.test(dictionary)) return true;
  const revision = Number(/\/R\s+(\d+)/.exec(dictionary)?.[1] ?? NaN);
  const owner = stringValue(dictionary, 'O');
  const user = stringValue(dictionary, 'U');
  if (user === null || owner === null) return true;
  try {
    if (revision >= 2 && revision <= 4) {
      if (id === null) return true;
      const permissions = Number(/\/P\s+(-?\d+)/.exec(dictionary)?.[1] ?? NaN);
      const bits = Number(/\/Length\s+(\d+)/.exec(dictionary)?.[1] ?? 40);
      const encryptMetadata = !/\/EncryptMetadata\s+false/.test(dictionary);
      return !emptyPasswordOpensRc4(revision, owner, user, permissions, revision === 2 ? 40 : bits, id, encryptMetadata);
    }
    if (revision === 5) return !equal(sha256(user.subarray(32, 40)), user.subarray(0, 32));
    if (revision === 6) {
      const hash = await hardenedHash(user.subarray(32, 40));
      return hash === null || !equal(hash, user.subarray(0, 32));
    }
  } catch {
    return true;
  }
  return true;
}

/** Algorithms 2, 4 and 5 of ISO 32000-1 with the empty password: does the computed U match the stored one? */
function emptyPasswordOpensRc4(
  revision: number,
  owner: Uint8Array,
  user: Uint8Array,
  permissions: number,
  bits: number,
  id: Uint8Array,
  encryptMetadata: boolean,
): boolean {
  if (!Number.isInteger(permissions) || bits % 8 !== 0 || bits < 40 || bits > 128) return false;
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions | 0, true);
  const length = bits / 8;
  let key = md5(
    concat(
      PAD,
      owner.subarray(0, 32),
      p,
      id,
      revision >= 4 && !encryptMetadata ? Uint8Array.of(0xff, 0xff, 0xff, 0xff) : new Uint8Array(0),
    ),
  ).subarray(0, length);
  if (revision >= 3) for (let i = 0; i < 50; i += 1) key = md5(key).subarray(0, length);
  if (revision === 2) return equal(rc4(key, PAD), user.subarray(0, 32));
  let check = rc4(key, md5(concat(PAD, id)));
  for (let i = 1; i <= 19; i += 1)
    check = rc4(
      key.map((byte) => byte ^ i),
      check,
    );
  return equal(check, user.subarray(0, 16));
}

/** Algorithm 2.B of ISO 32000-2 (revision 6) for the empty user password, on WebCrypto; null without it. */
async function hardenedHash(salt: Uint8Array): Promise<Uint8Array | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  let k = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(salt)));
  let e = new Uint8Array(0);
  for (let round = 0; round < 64 || (e[e.length - 1] ?? 0) > round - 32; round += 1) {
    const k1 = new Uint8Array(k.length * 64);
    for (let i = 0; i < 64; i += 1) k1.set(k, i * k.length);
    const aesKey = await subtle.importKey('raw', k.slice(0, 16), 'AES-CBC', false, ['encrypt']);
    // WebCrypto pads; the blocks before the padding are the unpadded encryption the algorithm asks for.
    e = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv: k.slice(16, 32) }, aesKey, k1)).slice(0, k1.length);
    const remainder = e.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3;
    k = new Uint8Array(await subtle.digest(remainder === 0 ? 'SHA-256' : remainder === 1 ? 'SHA-384' : 'SHA-512', e));
  }
  return k.subarray(0, 32);
}

/** The encryption dictionary: inline after /Encrypt, or the indirect object it refers to, if within the texts. */
function encryptionDictionary(texts: readonly string[]): string | null {
  for (const text of texts) {
    const inline = new RegExp(`/Encrypt(?![A-Za-z])${WS}<<`).exec(text);
    if (inline) return balancedDictionary(text, inline.index + inline[0].length - 2);
  }
  for (const text of texts) {
    const reference = new RegExp(`/Encrypt(?![A-Za-z])${WS}(\\d+)${WS}(\\d+)${WS}R`).exec(text);
    if (!reference) continue;
    const object = new RegExp(`(?:^|[^0-9])${reference[1]}${WS}${reference[2]}${WS}obj${WS}<<`);
    for (const candidate of texts) {
      const found = object.exec(candidate);
      if (found) return balancedDictionary(candidate, found.index + found[0].length - 2);
    }
  }
  return null;
}

/** The dictionary starting at `start` (its `<<`), up to its matching `>>`. */
function balancedDictionary(text: string, start: number): string | null {
  let depth = 0;
  for (let i = start; i < text.length - 1 && i < start + 8192; i += 1) {
    if (text[i] === '<' && text[i + 1] === '<') {
      depth += 1;
      i += 1;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth -= 1;
      i += 1;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (text[i] === '(') {
      i = skipLiteral(text, i);
    }
  }
  return null;
}

/** The first string of the trailer's /ID array. */
function firstId(texts: readonly string[]): Uint8Array | null {
  for (const text of texts) {
    const match = new RegExp(`/ID${WS}\\[${WS}`).exec(text);
    if (match) return stringAt(text, match.index + match[0].length);
  }
  return null;
}

function stringValue(dictionary: string, key: string): Uint8Array | null {
  const match = new RegExp(`/${key}(?![A-Za-z])${WS}`).exec(dictionary);
  return match ? stringAt(dictionary, match.index + match[0].length) : null;
}

/** A hexadecimal (`<…>`) or literal (`(…)`) string at `at`, as bytes. */
function stringAt(text: string, at: number): Uint8Array | null {
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    if (end === -1) return null;
    const digits = text.slice(at + 1, end).replace(/[\0\t\n\f\r ]/g, '');
    if (!/^[0-9a-fA-F]*$/.test(digits)) return null;
    const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
    return Uint8Array.from({ length: padded.length / 2 }, (_, i) => parseInt(padded.slice(i * 2, i * 2 + 2), 16));
  }
  if (text[at] !== '(') return null;
  const bytes: number[] = [];
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in escapes) {
        bytes.push(escapes[next] ?? 0);
        i += 1;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0] ?? '0';
        bytes.push(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1; // A line continuation.
      } else {
        i += 1;
        bytes.push(next.charCodeAt(0));
      }
    } else if (c === '(') {
      if (depth > 0) bytes.push(40);
      depth += 1;
    } else if (c === ')') {
      depth -= 1;
      if (depth === 0) return Uint8Array.from(bytes);
      bytes.push(41);
    } else {
      bytes.push(c.charCodeAt(0));
    }
  }
  return null;
}

function skipLiteral(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
