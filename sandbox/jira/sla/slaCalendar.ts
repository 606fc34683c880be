import { TZDate } from '@date-fns/tz';

/** When an SLA clock may run: always, or office hours on weekdays in one time zone. */
export type SlaCalendar =
  | { kind: '24x7' }
  | { kind: 'business'; timeZone: string; openHour: number; closeHour: number; weekdays: readonly number[] };

export const ALWAYS: SlaCalendar = { kind: '24x7' };

/** 09:00–17:00 Monday to Friday in the given zone. */
export function officeHours(timeZone: string): SlaCalendar {
  return { kind: 'business', timeZone, openHour: 9, closeHour: 17, weekdays: [1, 2, 3, 4, 5] };
}

type Business = Extract<SlaCalendar, { kind: 'business' }>;

interface Window {
  open: number;
  close: number;
}

const DAY = 86_400_000;

/** Each calendar's working window per day number, built once: TZDate is too slow to call per issue. */
const windowCache = new Map<string, Map<number, Window | null>>();
const cacheOfCalendar = new WeakMap<Business, Map<number, Window | null>>();

function windowsOf(cal: Business): Map<number, Window | null> {
  let days = cacheOfCalendar.get(cal);
  if (!days) {
    // Equal calendars built separately share one cache.
    const calKey = `${cal.timeZone}|${cal.openHour}|${cal.closeHour}|${cal.weekdays.join(',')}`;
    days = windowCache.get(calKey) ?? new Map<number, Window | null>();
    windowCache.set(calKey, days);
    cacheOfCalendar.set(cal, days);
  }
  return days;
}

/** The working window of the local calendar date whose UTC midnight is `day * DAY`, or null on days off. */
function windowOfDay(cal: Business, day: number): Window | null {
  const days = windowsOf(cal);
  const cached = days.get(day);
  if (cached !== undefined) return cached;
  const utc = new Date(day * DAY);
  const [y, m, d] = [utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()];
  // Building each window from its calendar date (not by adding 24h) keeps DST days right.
  const window = cal.weekdays.includes(utc.getUTCDay())
    ? {
        open: new TZDate(y, m, d, cal.openHour, 0, 0, 0, cal.timeZone).getTime(),
        close: new TZDate(y, m, d, cal.closeHour, 0, 0, 0, cal.timeZone).getTime(),
      }
    : null;
  days.set(day, window);
  return window;
}

/**
 * Working windows in time order from the local day that may contain `from`. A local date's
 * window lies within about a day of the same UTC date, so starting one day early is enough.
 */
function* windowsFrom(cal: Business, from: number): Generator<Window> {
  for (let day = Math.floor(from / DAY) - 1; ; day++) {
    const w = windowOfDay(cal, day);
    if (w && w.close > from) yield w;
  }
}

/** Milliseconds of calendar time between two instants (0 when end <= start). */
export function workingMillisBetween(start: number, end: number, cal: SlaCalendar): number {
  if (end <= start) return 0;
  if (cal.kind === '24x7') return end - start;
  let total = 0;
  for (const w of windowsFrom(cal, start)) {
    if (w.open >= end) break;
    total += Math.max(0, Math.min(end, w.close) - Math.max(start, w.open));
  }
  return total;
}

/** The instant at which `millis` of calendar time will have passed after `start`. */
export function addWorkingMillis(start: number, millis: number, cal: SlaCalendar): number {
  if (cal.kind === '24x7') return start + millis;
  let left = millis;
  for (const w of windowsFrom(cal, start)) {
    const from = Math.max(start, w.open);
    if (from >= w.close) continue;
    const available = w.close - from;
    if (left <= available) return from + left;
    left -= available;
  }
  throw new Error('unreachable: calendar windows never end');
}

export function isWithinCalendar(at: number, cal: SlaCalendar): boolean {
  if (cal.kind === '24x7') return true;
  const first = windowsFrom(cal, at).next().value;
  return first !== undefined && at >= first.open && at < first.close;
}
