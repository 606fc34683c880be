import { TZDate } from '@date-fns/tz';
import type { BusinessCalendar } from '../../contracts/config.js';

const DAY_MS = 86_400_000;

/**
 * Working intervals [start, end) in epoch ms for the local calendar day that contains `dayAt`.
 * Each window is converted through the calendar's time zone separately, so a 09:00–17:00
 * window stays 09:00–17:00 local on daylight-saving days.
 */
export function workingIntervalsOfDay(cal: BusinessCalendar, dayAt: number): Array<[number, number]> {
  const local = new TZDate(dayAt, cal.timeZone);
  const y = local.getFullYear();
  const m = local.getMonth();
  const d = local.getDate();
  const isoDate = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (cal.holidays.includes(isoDate)) return [];
  const isoWeekday = String(local.getDay() === 0 ? 7 : local.getDay()) as keyof BusinessCalendar['week'];
  const windows = cal.week[isoWeekday] ?? [];
  return windows.map((w) => [at(y, m, d, w.start, cal.timeZone), at(y, m, d, w.end, cal.timeZone)]);
}

/** Epoch ms of the next local midnight after `dayAt`, robust to 23- and 25-hour days. */
export function startOfNextLocalDay(cal: BusinessCalendar, dayAt: number): number {
  const local = new TZDate(dayAt, cal.timeZone);
  // Noon of the next day can never be skipped by a DST jump, so step from there to its midnight.
  const noonNext = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, 12, 0, cal.timeZone);
  return new TZDate(noonNext.getFullYear(), noonNext.getMonth(), noonNext.getDate(), 0, 0, cal.timeZone).getTime();
}

function at(y: number, m: number, d: number, hhmm: string, tz: string): number {
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  if (h === 24) return new TZDate(y, m, d + 1, 0, 0, tz).getTime();
  return new TZDate(y, m, d, h, min, tz).getTime();
}

export { DAY_MS };
