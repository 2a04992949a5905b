/** `HH:MM`, 00:00 to 24:00. */
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/**
 * Minutes since midnight of a `HH:MM` time of day (`24:00` is 1440), or `NaN`
 * when `value` is not one.
 *
 * @example
 * minutesOfTimeOfDay('09:30') // 570
 */
export function minutesOfTimeOfDay(value: string): number {
  if (typeof value !== 'string' || !TIME_OF_DAY.test(value)) return Number.NaN;
  const [hours, minutes] = value.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
