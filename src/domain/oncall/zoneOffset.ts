import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;
// Bounded so a long-lived process cannot grow it without limit; a year of 20 zones is ~7,300.
const MAX_ENTRIES = 50_000;

// Offset at the start and end of each UTC day per zone. Memoising a pure lookup keeps it pure:
// the answer for a (zone, instant) pair never changes.
const days = new Map<string, { readonly first: number; readonly last: number }>();

/**
 * UTC offset of `timeZone` in minutes at `epochMs` (positive east of Greenwich), NaN for an
 * unknown zone. Asking Intl costs about a microsecond, and on-call queries ask dozens of
 * times, so offsets are remembered per UTC day; a day whose two ends differ holds a DST change
 * and is always asked precisely.
 *
 * @example
 * zoneOffset('America/New_York', Date.UTC(2026, 0, 15)) // => -300
 */
export function zoneOffset(timeZone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY_MS);
  const key = `${timeZone}|${day}`;
  let ends = days.get(key);
  if (!ends) {
    if (days.size >= MAX_ENTRIES) days.clear();
    ends = { first: tzOffset(timeZone, new Date(day * DAY_MS)), last: tzOffset(timeZone, new Date(day * DAY_MS + DAY_MS - 1)) };
    days.set(key, ends);
  }
  // Equal ends could in principle hide two changes in one day; no zone has had that since
  // standard time began, so equal ends mean the offset held all day.
  return ends.first === ends.last ? ends.first : tzOffset(timeZone, new Date(epochMs));
}
