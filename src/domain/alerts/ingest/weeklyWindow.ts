import { TZDate } from '@date-fns/tz';

/** A recurring local-time window, e.g. Sundays 02:00–04:00 Europe/Berlin. */
export interface WeeklyWindow {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, on which the window starts. */
  days: number[];
  /** Local "HH:mm"; an `end` at or before `start` runs past midnight into the next day. */
  start: string;
  end: string;
}

/**
 * Whether `now` falls inside the window, judged on the zone's wall clock so a 09:00–17:00
 * window stays 09:00–17:00 local across daylight-saving changes.
 *
 * @example
 * inWeeklyWindow({ timeZone: 'Europe/London', days: [1], start: '09:00', end: '17:00' }, new Date('2026-07-06T08:30:00Z')) // => true (09:30 BST)
 */
export function inWeeklyWindow(w: WeeklyWindow, now: Date): boolean {
  const local = new TZDate(now.getTime(), w.timeZone);
  const day = local.getDay() === 0 ? 7 : local.getDay();
  const previousDay = day === 1 ? 7 : day - 1;
  const minute = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(w.start);
  const end = minutesOf(w.end);
  if (start < end) return w.days.includes(day) && minute >= start && minute < end;
  // Overnight: the evening part belongs to today's start, the morning part to yesterday's.
  return (w.days.includes(day) && minute >= start) || (w.days.includes(previousDay) && minute < end);
}

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
