import { wallClockOf } from './wall-clock-of.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The earliest instant, not before `notBefore`, whose wall clock in
 * `timeZone` reads `date` at `minutes` past midnight; `null` when there is
 * none on that date.
 *
 * - A wall time read twice (clocks going back): the first of the two not before `notBefore`.
 * - A wall time skipped (clocks going forward): the moment of the jump, the
 *   first that reads later than it.
 *
 * @param date The local date as `Date.UTC(year, month - 1, day)`.
 */
export function firstInstantAtWallTime(
  date: number,
  minutes: number,
  timeZone: string,
  notBefore = Number.NEGATIVE_INFINITY,
): number | null {
  const wanted = date + minutes * MINUTE;
  // The offsets in force the day before and the day after cover any change on this date.
  const reads = (instant: number) => wallClockOf(instant, timeZone).naive;
  const offsets = new Set([reads(wanted - DAY) - (wanted - DAY), reads(wanted + DAY) - (wanted + DAY)]);
  const exact = [...offsets].map((offset) => wanted - offset).filter((instant) => reads(instant) === wanted);
  if (exact.length > 0) {
    const usable = exact.filter((instant) => instant >= notBefore);
    return usable.length > 0 ? Math.min(...usable) : null;
  }

  // Skipped: search, minute by minute (offsets change on whole minutes), for the first instant reading later.
  const candidates = [...offsets].map((offset) => wanted - offset);
  let low = Math.min(...candidates) - DAY / 2;
  let high = Math.max(...candidates) + DAY / 2;
  if (reads(high) < wanted) return null;
  low = Math.floor(low / MINUTE);
  high = Math.ceil(high / MINUTE);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reads(middle * MINUTE) >= wanted) high = middle;
    else low = middle + 1;
  }
  const found = high * MINUTE;
  return reads(found) < date + DAY && found >= notBefore ? found : null;
}
