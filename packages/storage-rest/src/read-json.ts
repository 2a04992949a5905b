import type { Locale } from '@dossier/core';
import { invalidResponseError } from './invalid-response-error.js';

/**
 * The JSON body of an answer. A body that is not JSON (a proxy's HTML page…)
 * is `storage-unavailable`, reason `invalid response`; a network failure while
 * reading rejects as it came, for the retry policy to classify.
 */
export async function readJson(response: Response, locale?: Locale): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalidResponseError(locale, error);
  }
}
