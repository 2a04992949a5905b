import type { CollectedDocument } from '@dossier/core';

/** Where one file dropped on a `<dossier-drop-zone>` stands. */
export type DropZoneFileStep = 'pending' | 'validating' | 'storing' | 'stored' | 'rejected' | 'skipped';

/** One file a person gave to a `<dossier-drop-zone>`, listed with its outcome until dismissed. */
export interface DropZoneFile {
  /** Unique within the element, for keyed rendering and dismissal. */
  readonly id: number;
  /** The name as the user gave it (shown as text). */
  readonly name: string;
  readonly size: number;
  /** The piece it was meant for, or `null` for unclassified. */
  readonly pieceId: string | null;
  readonly step: DropZoneFileStep;
  /** The stored document, once `stored`. */
  readonly document?: CollectedDocument;
  /** Why it was refused, once `rejected` (a DossierError, localized when shown). */
  readonly error?: unknown;
}
