import { HOUR_MS, wallClockOf } from '../oncall/wallClock.js';

/** Local hours counted as sleep: a page then wakes someone (PagerDuty reports "sleep hours" the same way). */
export const SLEEP_FROM_HOUR = 22;
export const SLEEP_TO_HOUR = 7;

/**
 * Whether `at` falls in 22:00–07:00 local time in `timeZone`.
 *
 * @example isSleepHour(Date.parse('2026-11-27T23:30:00Z'), 'Europe/London') // true
 */
export function isSleepHour(at: number, timeZone: string): boolean {
  const hour = Math.floor((wallClockOf(new Date(at), timeZone) % (24 * HOUR_MS)) / HOUR_MS);
  return hour >= SLEEP_FROM_HOUR || hour < SLEEP_TO_HOUR;
}
