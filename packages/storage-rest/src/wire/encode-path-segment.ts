import { DossierError, type Locale } from '@dossier/core';
import { encodeQueryValue } from './encode-query-value.js';

/**
 * An id as one URL path segment, or `undefined` when no path can carry it:
 * `''`, `.` and `..` (URL parsers remove or collapse those segments, even
 * percent-encoded). Callers then use an endpoint that takes the id in the query.
 *
 * @throws DossierError `invalid-input` when `id` is not a string or not well-formed UTF-16 (a lone surrogate).
 */
export function encodePathSegment(id: unknown, field: string, locale?: Locale): string | undefined {
  if (typeof id !== 'string') throw new DossierError('invalid-input', { field, reason: typeof id }, { locale });
  const encoded = encodeQueryValue(id, field, locale);
  return encoded === '' || encoded === '.' || encoded === '..' ? undefined : encoded;
}
