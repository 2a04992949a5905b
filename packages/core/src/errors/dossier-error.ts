import type { Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { errorMessage } from '../i18n/error-message.js';
import { isError } from '../realm/is-error.js';
import type { DossierErrorCode } from './dossier-error-code.js';

/** Facts about a failure, used to build its message (all optional). */
export interface DossierErrorDetails {
  /** The field or argument at fault. */
  readonly field?: string;
  /** What was wrong with the input: a plain text, or one per locale so `localize` can translate it. */
  readonly reason?: string | LocalizedText;
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

/**
 * Every failure of Dossier. `code` is stable; `message` is in the client's locale.
 *
 * @example
 * try { await client.dossiers.archive(id) }
 * catch (e) { if (isDossierError(e, 'incomplete-dossier')) showMissing(e.details.missing) }
 */
export class DossierError extends Error {
  override readonly name = 'DossierError';
  readonly code: DossierErrorCode;
  readonly details: DossierErrorDetails;
  readonly locale: Locale;

  constructor(
    code: DossierErrorCode,
    details: DossierErrorDetails = {},
    options: { locale?: Locale; cause?: unknown } = {},
  ) {
    const locale = options.locale ?? 'fr';
    super(errorMessage(code, details, locale), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = details;
    this.locale = locale;
  }

  /** The same error, its message in another locale. */
  localize(locale: Locale): DossierError {
    if (locale === this.locale) return this;
    return new DossierError(this.code, this.details, { locale, cause: this.cause });
  }
}

/** Whether `value` is a DossierError (optionally of one code). Works across bundles. */
export function isDossierError(value: unknown, code?: DossierErrorCode): value is DossierError {
  // Realm-independent: an error thrown by another frame's copy of core is not `instanceof Error` here.
  if (!isError(value) || value.name !== 'DossierError') return false;
  const candidate = value as Partial<DossierError>;
  return typeof candidate.code === 'string' && (code === undefined || candidate.code === code);
}
