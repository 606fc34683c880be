import { TZDate } from '@date-fns/tz';
import { addMonths, format, subMonths } from 'date-fns';

/** The UTC month `YYYY-MM` as an instant range [from, to). */
export function auditPeriodRange(period: string): { from: number; to: number } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const start = new TZDate(y, m - 1, 1, 'UTC');
  return { from: start.getTime(), to: addMonths(start, 1).getTime() };
}

/** The month before the one `nowMs` falls in (UTC): what the run on the first of the month audits. */
export function previousMonth(nowMs: number): string {
  return format(subMonths(new TZDate(nowMs, 'UTC'), 1), 'yyyy-MM');
}

/** Whether `nowMs` is on the first day of a UTC month. */
export function isFirstOfMonth(nowMs: number): boolean {
  return new TZDate(nowMs, 'UTC').getDate() === 1;
}
