/**
 * Whether an encrypted PDF needs a password to be opened. `texts` are the parts of the
 * file read so far (head, tail, last cross-reference section).
 */
export async function pdfNeedsPassword(_texts: readonly string[]): Promise<boolean> {
  return true;
}
