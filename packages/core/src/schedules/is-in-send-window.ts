import type { SendWindow } from '../model/reminder-policy.js';
import { minutesOfTimeOfDay } from './minutes-of-time-of-day.js';
import { wallClockOf } from './wall-clock-of.js';

/** Whether `instant` (milliseconds) falls inside the window: an allowed weekday, `from` ≤ local time < `to`. */
export function isInSendWindow(instant: number, window: SendWindow): boolean {
  const clock = wallClockOf(instant, window.timeZone);
  return (
    window.days.includes(clock.weekday) && clock.minutes >= minutesOfTimeOfDay(window.from) && clock.minutes < minutesOfTimeOfDay(window.to)
  );
}
