/** `text` closed as a sentence with a full stop, unless it already ends with ".", "…", "!" or "?". */
export function asSentence(text: string): string {
  return /[.…!?]$/.test(text) ? text : `${text}.`;
}
