import { parseClockTime } from './clockTime.js';
import { WEEKDAYS, type Restriction } from './schedule.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, instantAt, wallClockOf, wallDay } from './wallClock.js';

/** Inside a restriction window; `start`/`end` are absent when the restriction never closes. */
export interface WindowOpen {
  readonly open: true;
  readonly start?: Date;
  readonly end?: Date;
}

/** Outside every window; `nextStart` is null when no window ever opens again. */
export interface WindowClosed {
  readonly open: false;
  readonly nextStart: Date | null;
}

interface WallRange {
  start: number;
  end: number;
}

// Far enough either side to contain a full week of windows plus one that wraps midnight.
const SCAN_DAYS = 8;
// Real offsets never move a wall time by more than this between neighbouring instants, so a
// window ending this long before `at` (in wall time) has certainly ended.
const SAFE_MARGIN_MS = 3 * HOUR_MS;

function weekdayOf(day: number): number {
  // 1970-01-01, day 0, was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

function windowsAround(restriction: Restriction, day: number): WallRange[] {
  const allowed = restriction.weekdays
    ? new Set(restriction.weekdays.map((name) => WEEKDAYS.indexOf(name)))
    : undefined;
  const from = restriction.hours ? parseClockTime(restriction.hours.from) : 0;
  const to = restriction.hours ? parseClockTime(restriction.hours.to) : 0;
  if (from === undefined || to === undefined) {
    throw new RangeError('restriction hours must be HH:mm; validate schedules first');
  }
  // `to` at or before `from` means the window runs into the next day; with no hours at all
  // (from = to = 00:00) that is exactly one whole day.
  const length = (to > from ? to - from : to + 24 * 60 - from) * MINUTE_MS;
  const ranges: WallRange[] = [];
  for (let d = day - SCAN_DAYS; d <= day + SCAN_DAYS; d += 1) {
    if (allowed && !allowed.has(weekdayOf(d))) continue;
    const start = d * DAY_MS + from * MINUTE_MS;
    const last = ranges[ranges.length - 1];
    // Back-to-back windows (Mon, Tue, Wed as whole days) are one stretch of cover.
    if (last && last.end === start) last.end = start + length;
    else ranges.push({ start, end: start + length });
  }
  return ranges;
}

function isUnrestricted(restriction: Restriction): boolean {
  const everyDay = !restriction.weekdays || new Set(restriction.weekdays).size === WEEKDAYS.length;
  return everyDay && !restriction.hours;
}

/**
 * Whether a restriction lets its rotation be on call at `at`, and for how long.
 *
 * @example
 * const officeHours = { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: { from: '09:00', to: '17:00' } } as const;
 * restrictionWindowAt(officeHours, 'Europe/London', new Date('2026-06-06T10:00:00Z')) // a Saturday
 * // => { open: false, nextStart: 2026-06-08T08:00Z }
 */
export function restrictionWindowAt(
  restriction: Restriction,
  timeZone: string,
  at: Date,
): WindowOpen | WindowClosed {
  if (isUnrestricted(restriction)) return { open: true };
  const wall = wallClockOf(at, timeZone);
  for (const range of windowsAround(restriction, wallDay(wall))) {
    if (range.end + SAFE_MARGIN_MS < wall) continue;
    const end = instantAt(range.end, timeZone);
    if (end.getTime() <= at.getTime()) continue;
    const start = instantAt(range.start, timeZone);
    if (start.getTime() <= at.getTime()) return { open: true, start, end };
    return { open: false, nextStart: start };
  }
  return { open: false, nextStart: null };
}
