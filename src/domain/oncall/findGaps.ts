import { onCallSegments } from './onCallSegments.js';
import type { Schedule } from './schedule.js';
import { DAY_MS, instantAt, wallClockOf } from './wallClock.js';

/** An interval [start, end) with nobody on call. */
export interface Gap {
  readonly start: Date;
  readonly end: Date;
}

/**
 * Intervals with nobody on call in the `days` local calendar days (in the schedule's zone)
 * starting at `from`. Gaps are cut to that window: one already open at `from` starts at `from`.
 *
 * @example
 * findGaps(officeHoursOnly, new Date('2026-06-01T00:00:00Z'), 1)
 * // => [{ start: 2026-06-01T00:00Z, end: 2026-06-01T08:00Z }, { start: 2026-06-01T16:00Z, end: 2026-06-02T00:00Z }]
 */
export function findGaps(schedule: Schedule, from: Date, days = 30): Gap[] {
  const until = instantAt(wallClockOf(from, schedule.timeZone) + days * DAY_MS, schedule.timeZone);
  const gaps: Gap[] = [];
  for (const segment of onCallSegments(schedule, from, until)) {
    if (segment.accountId === null) gaps.push({ start: segment.start, end: segment.end });
  }
  return gaps;
}
