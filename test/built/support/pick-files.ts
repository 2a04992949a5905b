import { executeServerCommand } from '@web/test-runner-commands';

/** A file as the person's disk holds it. */
export interface DiskFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** Answers the next file chooser the page (or one of its frames) opens with `files`, as a person picking them. */
export async function armFilePicker(files: readonly DiskFile[]): Promise<void> {
  const encoded = files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: btoa(String.fromCharCode(...file.bytes)) }));
  await executeServerCommand('pick-files', { files: encoded });
}

/** The bytes of a small valid PDF; `seed` makes two of them differ. */
export function pdfBytes(seed = 'pdf'): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${seed}\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n`);
}
