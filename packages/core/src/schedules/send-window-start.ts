import type { SendWindow } from '../model/reminder-policy.js';
import { firstInstantAtWallTime } from './first-instant-at-wall-time.js';
import { isInSendWindow } from './is-in-send-window.js';
import { minutesOfTimeOfDay } from './minutes-of-time-of-day.js';
import { wallClockOf } from './wall-clock-of.js';

const DAY = 86_400_000;
/** Two weeks: enough for a weekly window whose only day falls in a daylight-saving jump once. */
const DAYS_SEARCHED = 15;

/**
 * The earliest instant at or after `instant` (milliseconds) inside the
 * window: `instant` itself when it is inside, else the next opening (the
 * first moment of an allowed day that reads `from` or later, before `to`).
 * `null` only for a window that never opens (checked policies always do).
 *
 * @example
 * // Saturday 14:00 in Paris, window Monday–Friday 09:00–18:00 → Monday 09:00 Paris time
 * sendWindowStart(Date.parse('2026-03-28T13:00:00Z'), window) // Date.parse('2026-03-30T07:00:00Z')
 */
export function sendWindowStart(instant: number, window: SendWindow): number | null {
  if (isInSendWindow(instant, window)) return instant;
  const from = minutesOfTimeOfDay(window.from);
  const local = wallClockOf(instant, window.timeZone);
  const today = Date.UTC(local.year, local.month - 1, local.day);
  for (let offset = 0; offset < DAYS_SEARCHED; offset += 1) {
    const date = today + offset * DAY;
    const weekday = (((new Date(date).getUTCDay() + 6) % 7) + 1) as SendWindow['days'][number];
    if (!window.days.includes(weekday)) continue;
    const opening = firstInstantAtWallTime(date, from, window.timeZone, instant);
    if (opening === null) continue;
    if (isInSendWindow(opening, window)) return opening;
  }
  return null;
}
