import { zoneOffset } from './zoneOffset.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * A "wall-clock" value is a number of milliseconds whose UTC fields read as the local date and
 * time in some zone. Calendar arithmetic (add a day, find the weekday) on it is plain integer
 * arithmetic, and DST only matters when converting back to an instant with {@link instantAt}.
 *
 * @example
 * // 09:00 in London during British Summer Time is 08:00Z
 * new Date(wallClockOf(new Date('2026-07-01T08:00:00Z'), 'Europe/London')).toISOString()
 * // => '2026-07-01T09:00:00.000Z' (read as local 09:00)
 */
export function wallClockOf(at: Date, timeZone: string): number {
  const time = at.getTime();
  return time + zoneOffset(timeZone, time) * MINUTE_MS;
}

/**
 * The instant at which clocks in `timeZone` show `wall`.
 *
 * Follows the convention of Temporal's "compatible" disambiguation: a wall time that happens
 * twice (autumn fall-back) resolves to the earlier instant, and one that never happens (spring
 * gap) is pushed forward by the length of the gap, so a 01:30 handoff on the day London skips
 * 01:00–02:00 happens at 02:30 BST.
 *
 * @example
 * instantAt(Date.UTC(2026, 2, 29, 9, 0), 'Europe/London').toISOString()
 * // => '2026-03-29T08:00:00.000Z' (09:00 BST on the day summer time starts)
 */
export function instantAt(wall: number, timeZone: string): Date {
  // Offsets a day either side of the wall value bracket every possible instant for it
  // (real offsets are within ±14h), so equal offsets mean no transition is involved.
  const before = zoneOffset(timeZone, wall - DAY_MS);
  const after = zoneOffset(timeZone, wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  if (before === after) return new Date(early);
  const late = wall - after * MINUTE_MS;
  const earlyFits = zoneOffset(timeZone, early) === before;
  const lateFits = zoneOffset(timeZone, late) === after;
  if (earlyFits && lateFits) return new Date(Math.min(early, late));
  if (lateFits) return new Date(late);
  // Either only the pre-transition reading fits, or neither does (a gap): in both cases the
  // pre-transition offset gives the instant, which for a gap lands just after the jump.
  return new Date(early);
}

/** Whole local days since 1970-01-01 for a wall-clock value. */
export function wallDay(wall: number): number {
  return Math.floor(wall / DAY_MS);
}
