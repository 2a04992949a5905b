import { isDossierError } from '@dossier/core';
import { requireText } from '@dossier/core/adapter';
import { forged } from '../forged.js';

/**
 * The fields of a record, once its keys are exactly the known ones: no
 * missing required key, no unknown key (a forged record could carry anything
 * in one, and it would be stored).
 */
export function recordFields(
  value: unknown,
  kind: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw forged('a record must be an object', kind);
  const record = value as Record<string, unknown>;
  for (const key of required) if (!Object.hasOwn(record, key)) throw forged(`missing ${key}`, `${kind}.${key}`);
  for (const key of Object.keys(record))
    if (!required.includes(key) && !optional.includes(key)) throw forged(`unknown field ${key.slice(0, 40)}`, kind);
  return record;
}

/** A text as core stores it: already trimmed, within `max`, without control characters. */
export function storedText(value: unknown, field: string, max = 200, allowEmpty = false): string {
  let text: string;
  try {
    text = requireText(value, field, 'en', { max, allowEmpty });
  } catch (error) {
    if (isDossierError(error)) throw forged(`${field} is not a valid text`, field);
    throw error;
  }
  if (text !== value) throw forged(`${field} is not trimmed`, field);
  return text;
}

/** A text or null. */
export function storedTextOrNull(value: unknown, field: string, max = 200): string | null {
  return value === null ? null : storedText(value, field, max);
}

/** An ISO timestamp as `Date.toISOString` writes it. */
export function timestamp(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw forged(`${field} is not an ISO timestamp`, field);
  }
  return value;
}

/** An ISO timestamp or null. */
export function timestampOrNull(value: unknown, field: string): string | null {
  return value === null ? null : timestamp(value, field);
}

/** A whole number in `[min, max]`. */
export function wholeNumber(value: unknown, field: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max)
    throw forged(`${field} is not a whole number in range`, field);
  return value;
}
