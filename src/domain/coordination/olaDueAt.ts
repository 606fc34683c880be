import type { BusinessCalendar } from '../../contracts/config.js';
import { addBusinessMs } from '../calendars/businessTime.js';

/**
 * When an OLA clock started at `startMs` runs out: `minutes` of wall time, or of working time
 * in the team's calendar. Null when the calendar has no working time left (the clock never
 * runs out, which the panel says).
 *
 * @example 30 minutes started Friday 16:45 on a 09–17 calendar → Monday 09:15
 */
export function olaDueAt(startMs: number, minutes: number, calendar: BusinessCalendar | null): number | null {
  const ms = minutes * 60_000;
  return calendar ? addBusinessMs(calendar, startMs, ms) : startMs + ms;
}
