import type { Locale } from '@dossier/core';
import { invalidResponseError } from './invalid-response-error.js';
import { readJson } from './read-json.js';

/**
 * The `items` of a list answer (`{ "items": [...] }`), each a JSON object, or
 * `null` where `nullable` (batch reads: a missing id). With `length`, the
 * list must have exactly that many items (one per id asked).
 *
 * @throws DossierError `storage-unavailable` (reason `invalid response`) otherwise.
 */
export async function readItems<T>(
  response: Response,
  options: { readonly locale?: Locale; readonly nullable?: boolean; readonly length?: number } = {},
): Promise<(T | undefined)[]> {
  const { locale } = options;
  const body = (await readJson(response, locale)) as { items?: unknown } | null;
  const items = body && typeof body === 'object' ? body.items : undefined;
  if (!Array.isArray(items) || (options.length !== undefined && items.length !== options.length)) throw invalidResponseError(locale);
  return items.map((item: unknown) => {
    if (item === null && options.nullable) return undefined;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalidResponseError(locale);
    return item as T;
  });
}
