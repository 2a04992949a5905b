import type { CollectedDocument } from '../model/collected-document.js';

const DAY_MS = 86_400_000;
/** Largest time a `Date` can hold; beyond it `toISOString` throws. */
const MAX_TIME_MS = 8.64e15;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of a strict `YYYY-MM-DD` calendar date, or `undefined` (e.g. `2024-02-30`). */
function dayStartOfDate(text: string): number | undefined {
  const match = DATE_ONLY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime();
}

/** UTC midnight of the UTC day an ISO timestamp falls in, or `undefined`. */
function dayStartOfTimestamp(text: string): number | undefined {
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS) * DAY_MS;
}

/**
 * When a document stops counting for a piece with `validityDays`, in epoch
 * milliseconds: UTC midnight of its `issuedOn` (or of the day it was added,
 * when `issuedOn` is missing or not a real date) plus `validityDays` days.
 *
 * - `null`: it never expires (no validity, or an expiry beyond what a `Date` holds).
 * - `-Infinity`: it cannot be dated at all, so it cannot prove it is still valid.
 */
export function documentExpiry(
  document: Pick<CollectedDocument, 'issuedOn' | 'addedAt'>,
  validityDays: number | null | undefined,
): number | null {
  if (typeof validityDays !== 'number' || Number.isNaN(validityDays)) return null;
  const issued =
    (typeof document.issuedOn === 'string' ? dayStartOfDate(document.issuedOn) : undefined) ??
    (typeof document.addedAt === 'string' ? dayStartOfTimestamp(document.addedAt) : undefined);
  if (issued === undefined) return Number.NEGATIVE_INFINITY;
  const expiry = issued + validityDays * DAY_MS;
  if (expiry > MAX_TIME_MS) return null;
  return expiry < -MAX_TIME_MS ? Number.NEGATIVE_INFINITY : expiry;
}
