import type { IsoWeekday } from '../model/reminder-policy.js';

/** The local date and time an instant reads in a time zone. */
export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  readonly weekday: IsoWeekday;
  /** Minutes since local midnight (0–1439). */
  readonly minutes: number;
  /** The local date and time written as if it were UTC, in milliseconds (what `Date.UTC` gives for it). */
  readonly naive: number;
}

const WEEKDAYS: Readonly<Record<string, IsoWeekday>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall clock of `timeZone` at `instant` (milliseconds since the epoch),
 * through `Intl`: the time zone database of the engine decides offsets and
 * daylight-saving changes.
 *
 * @throws RangeError when `timeZone` is not a time zone the engine knows (validate policies first).
 */
export function wallClockOf(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterOf(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts['year']);
  const month = Number(parts['month']);
  const day = Number(parts['day']);
  const hour = Number(parts['hour']) % 24;
  const minute = Number(parts['minute']);
  const second = Number(parts['second']);
  const milliseconds = ((instant % 1000) + 1000) % 1000;
  return {
    year,
    month,
    day,
    weekday: WEEKDAYS[parts['weekday'] ?? ''] ?? 1,
    minutes: hour * 60 + minute,
    naive: Date.UTC(year, month - 1, day, hour, minute, second, milliseconds),
  };
}
