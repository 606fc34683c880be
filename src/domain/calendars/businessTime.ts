import type { BusinessCalendar } from '../../contracts/config.js';
import { startOfNextLocalDay, workingIntervalsOfDay } from './workingIntervals.js';

/** Longest span we walk day by day; thresholds are minutes to weeks, so two years is ample. */
const MAX_DAYS = 731;

/**
 * Working milliseconds between two instants under a business calendar.
 *
 * @example Friday 16:00 → Monday 10:00 on a 09–17 Mon–Fri calendar is 2 hours.
 */
export function businessMsBetween(cal: BusinessCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  let day = from;
  for (let i = 0; i < MAX_DAYS && day < to; i++) {
    for (const [s, e] of workingIntervalsOfDay(cal, day)) {
      const lo = Math.max(s, from);
      const hi = Math.min(e, to);
      if (hi > lo) total += hi - lo;
    }
    day = startOfNextLocalDay(cal, day);
  }
  return total;
}

/**
 * The instant at which `ms` of working time will have passed since `from`, or null if the
 * calendar has no working time within two years (e.g. every day a holiday).
 */
export function addBusinessMs(cal: BusinessCalendar, from: number, ms: number): number | null {
  let left = ms;
  let day = from;
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [s, e] of workingIntervalsOfDay(cal, day)) {
      const lo = Math.max(s, from);
      if (e <= lo) continue;
      if (e - lo >= left) return lo + left;
      left -= e - lo;
    }
    day = startOfNextLocalDay(cal, day);
  }
  return left <= 0 ? from : null;
}
