import type { Locale } from '@dossier/core';
import { invalidResponseError } from './invalid-response-error.js';
import { readJson } from './read-json.js';

/**
 * A record answer: a JSON object.
 *
 * @throws DossierError `storage-unavailable` (reason `invalid response`) otherwise.
 */
export async function readRecord<T>(response: Response, locale?: Locale): Promise<T> {
  const body = await readJson(response, locale);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidResponseError(locale);
  return body as T;
}
