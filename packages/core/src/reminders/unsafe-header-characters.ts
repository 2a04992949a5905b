/**
 * A fresh global pattern matching every character that must never reach a mail header:
 * C0 controls (CR, LF, TAB, NUL…), DEL, C1 controls (NEL U+0085 among them) and the
 * Unicode line and paragraph separators. Some mail clients and libraries treat each of
 * these as a line break, which would let text start a new header (`Bcc:`).
 *
 * A new RegExp per call because a shared global one keeps `lastIndex` between `test` calls.
 */
export function unsafeHeaderCharacters(): RegExp {
  return /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu;
}
