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

/** Working windows of each local day, from the day containing `from`, until `until` says stop. */
function* windowsFrom(cal: Business, from: number): Generator<Window> {
  const local = new TZDate(from, cal.timeZone);
  let year = local.getFullYear();
  let month = local.getMonth();
  let date = local.getDate();
  for (;;) {
    // Building each day from its calendar date (not by adding 24h) keeps DST days right.
    const midnight = new TZDate(year, month, date, 0, 0, 0, 0, cal.timeZone);
    if (cal.weekdays.includes(midnight.getDay())) {
      const open = new TZDate(year, month, date, cal.openHour, 0, 0, 0, cal.timeZone).getTime();
      const close = new TZDate(year, month, date, cal.closeHour, 0, 0, 0, cal.timeZone).getTime();
      yield { open, close };
    }
    const next = new TZDate(year, month, date + 1, 0, 0, 0, 0, cal.timeZone);
    year = next.getFullYear();
    month = next.getMonth();
    date = next.getDate();
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
