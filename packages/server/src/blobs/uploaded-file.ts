/** Files a Blob was opened from, for blob stores that can link or copy a file instead of streaming it. */
const files = new WeakMap<Blob, string>();

/** Marks `blob` as read from the file at `path` (a received upload). */
export function markUploadedFile<B extends Blob>(blob: B, path: string): B {
  files.set(blob, path);
  return blob;
}

/** The file `blob` was opened from, if it is a received upload. */
export function uploadedFileOf(blob: Blob): string | undefined {
  return files.get(blob);
}
