const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Minutes after local midnight for an `HH:mm` string, or `undefined` when it is not one.
 *
 * @example
 * parseClockTime('09:30') // => 570
 * parseClockTime('24:00') // => undefined
 */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Wall-clock milliseconds of local midnight for a `YYYY-MM-DD` date, or `undefined` when the
 * text is not a real calendar date (2026-02-30 is refused rather than rolled into March).
 *
 * @example
 * parseLocalDate('2026-03-29') // => Date.UTC(2026, 2, 29)
 */
export function parseLocalDate(text: string): number | undefined {
  const match = LOCAL_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(year, month - 1, day);
  const check = new Date(wall);
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? wall : undefined;
}
