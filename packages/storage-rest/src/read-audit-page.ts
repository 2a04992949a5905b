import type { AuditPage, DossierSummary, Locale } from '@dossier/core';
import { invalidResponseError } from './invalid-response-error.js';
import { readJson } from './read-json.js';

/**
 * The body of `GET /audit`: `items` (summaries), `total`, `nextCursor`.
 *
 * @throws DossierError `storage-unavailable` (reason `invalid response`) when malformed.
 */
export async function readAuditPage(response: Response, locale?: Locale): Promise<AuditPage> {
  const body = (await readJson(response, locale)) as { items?: unknown; total?: unknown; nextCursor?: unknown } | null;
  if (
    !body ||
    typeof body !== 'object' ||
    !Array.isArray(body.items) ||
    body.items.some((item: unknown) => typeof item !== 'object' || item === null) ||
    typeof body.total !== 'number' ||
    !(body.nextCursor === null || typeof body.nextCursor === 'string')
  ) {
    throw invalidResponseError(locale);
  }
  return { items: body.items as DossierSummary[], total: body.total, nextCursor: body.nextCursor };
}
