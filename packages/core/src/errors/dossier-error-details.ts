import type { LocalizedText } from '../i18n/localized-text.js';
import type { DossierReason } from './dossier-reason.js';

/** Facts about a failure, used to build its message (all optional). */
export interface DossierErrorDetails {
  /** The field or argument at fault. */
  readonly field?: string;
  /**
   * What was wrong with the input: core's own reasons as data (translated in every locale), a
   * plain text (technical, or already in the reader's language), or a text per locale from a server.
   */
  readonly reason?: string | DossierReason | LocalizedText;
  /** Kind of record that was not found or conflicted (`dossier`, `piece`, …). */
  readonly kind?: string;
  readonly id?: string;
  readonly fileName?: string;
  readonly size?: number;
  readonly maxBytes?: number;
  readonly mediaType?: string;
  readonly accepted?: readonly string[];
  readonly from?: string;
  readonly event?: string;
  readonly missing?: readonly string[];
  /** Id of the document already holding the same bytes. */
  readonly existingDocumentId?: string;
}
