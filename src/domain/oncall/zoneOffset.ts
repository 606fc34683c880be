import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;
// Bounded so a long-lived process cannot grow it without limit; a year of 20 zones is ~7,300.
const MAX_ENTRIES = 50_000;
/** Marks a UTC day whose two ends differ: it holds a DST change and is always asked precisely. */
const CHANGES = Number.POSITIVE_INFINITY;

// Offset per zone per UTC day (CHANGES on a day with a change). Memoising a pure lookup keeps
// it pure: the answer for a (zone, instant) pair never changes. A map per zone keyed by the day
// number, not one map keyed by a `zone|day` string: the backtest asks this millions of times,
// and building the string was most of its cost.
const zones = new Map<string, Map<number, number>>();
let entries = 0;

/**
 * UTC offset of `timeZone` in minutes at `epochMs` (positive east of Greenwich), NaN for an
 * unknown zone. Asking Intl costs about a microsecond, and on-call queries ask dozens of
 * times, so offsets are remembered per UTC day.
 *
 * @example
 * zoneOffset('America/New_York', Date.UTC(2026, 0, 15)) // => -300
 */
export function zoneOffset(timeZone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY_MS);
  let days = zones.get(timeZone);
  if (!days) {
    days = new Map();
    zones.set(timeZone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    if (entries >= MAX_ENTRIES) {
      zones.clear();
      entries = 0;
      days = new Map();
      zones.set(timeZone, days);
    }
    const first = tzOffset(timeZone, new Date(day * DAY_MS));
    const last = tzOffset(timeZone, new Date(day * DAY_MS + DAY_MS - 1));
    // Equal ends could in principle hide two changes in one day; no zone has had that since
    // standard time began, so equal ends mean the offset held all day. (NaN, an unknown zone,
    // never equals itself, so it is asked again each time, which answers NaN again.)
    offset = first === last ? first : CHANGES;
    days.set(day, offset);
    entries++;
  }
  return offset === CHANGES ? tzOffset(timeZone, new Date(epochMs)) : offset;
}
