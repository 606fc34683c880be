import type { IngestCounter } from '../../../contracts/alertState.js';

const MINUTE = 60_000;

export type RateDecision = { allowed: true; counter: IngestCounter } | { allowed: false; counter: IngestCounter; retryAfterSeconds: number; left: number };

/**
 * A fixed one-minute window per integration, counting alerts: a request carrying `cost`
 * alerts is allowed when they all fit in what is left of the minute, and then they count; a
 * refused request counts nothing, so a sender that backs off gets back in next minute.
 * `cost` 0 asks only whether there is room for one more alert (nothing is counted).
 * `Retry-After` is the wait until the window turns. `seq` (delivery numbering) is left to
 * whoever records deliveries.
 *
 * @example
 * takeRate({ windowStart: 0, count: 0, seq: 0 }, new Date('2026-11-27T09:00:30Z'), 600)
 * // => { allowed: true, counter: { windowStart: 1795770000000, count: 1, seq: 0 } }
 */
export function takeRate(counter: IngestCounter, now: Date, limitPerMinute: number, cost = 1): RateDecision {
  const windowStart = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const count = counter.windowStart === windowStart ? counter.count : 0;
  if (count + Math.max(1, cost) > limitPerMinute) {
    return { allowed: false, counter: { windowStart, count, seq: counter.seq }, left: Math.max(0, limitPerMinute - count),
      retryAfterSeconds: Math.max(1, Math.ceil((windowStart + MINUTE - now.getTime()) / 1000)) };
  }
  return { allowed: true, counter: { windowStart, count: count + cost, seq: counter.seq } };
}
