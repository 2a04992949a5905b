import type { FileDamage } from './file-damage.js';

/** What the content of a file says about it, from its head, its tail and a few small reads. */
export interface FileInspection {
  /**
   * The kind read from the content (for plain text, from the content and the name's
   * extension); `null` when the content is of no kind Dossier recognises. `text/html` is
   * recognised so that refusals can name it, and never accepted.
   */
  readonly mediaType: string | null;
  /** Why the file looks incomplete or damaged; `null` when its structure holds. */
  readonly damage: FileDamage | null;
  /** Whether opening the file needs a password (an encrypted PDF, Office or OpenDocument file, a ZIP with encrypted entries). */
  readonly passwordProtected: boolean;
  /** Bytes read from the file to decide: its head and tail, and a few small ranges. */
  readonly bytesRead: number;
}
