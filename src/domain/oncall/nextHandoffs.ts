import { onCallSegments } from './onCallSegments.js';
import type { Schedule } from './schedule.js';
import { DAY_MS } from './wallClock.js';

/** The on-call person changes from `from` to `to` at `at`; null is nobody. */
export interface Handoff {
  readonly at: Date;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The next `count` moments after `from` where the on-call person changes, including changes to
 * and from nobody (those are the moments an admin most needs to see). Looks at most
 * `horizonDays` ahead, so a schedule that never changes returns fewer than `count`.
 *
 * @example
 * nextHandoffs(weeklyLondon, new Date('2026-03-25T12:00:00Z'), 2)
 * // => [{ at: 2026-03-30T08:00Z, from: 'ana', to: 'bo' }, { at: 2026-04-06T08:00Z, from: 'bo', to: 'cy' }]
 */
export function nextHandoffs(schedule: Schedule, from: Date, count: number, horizonDays = 366): Handoff[] {
  const handoffs: Handoff[] = [];
  if (count <= 0) return handoffs;
  let previous: string | null | undefined;
  for (const segment of onCallSegments(schedule, from, new Date(from.getTime() + horizonDays * DAY_MS))) {
    if (previous !== undefined) {
      handoffs.push({ at: segment.start, from: previous, to: segment.accountId });
      if (handoffs.length >= count) break;
    }
    previous = segment.accountId;
  }
  return handoffs;
}
