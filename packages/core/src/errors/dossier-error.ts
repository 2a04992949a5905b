import { hasCoreTranslation } from '../i18n/core-locale-registry.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Locale } from '../i18n/locale.js';
import { isError } from '../realm/is-error.js';
import type { DossierErrorCode } from './dossier-error-code.js';
import type { DossierErrorDetails } from './dossier-error-details.js';

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
  /**
   * The locale `message` is written in: the one asked for, or `fr` when its translation was not
   * loaded yet (see `loadCoreLocale`), so that `localize()` can still write it in that locale later.
   */
  readonly locale: Locale;

  constructor(code: DossierErrorCode, details: DossierErrorDetails = {}, options: { locale?: Locale; cause?: unknown } = {}) {
    const asked = options.locale ?? 'fr';
    const locale = hasCoreTranslation(asked) ? asked : 'fr';
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
