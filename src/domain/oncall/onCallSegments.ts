import type { Schedule } from './schedule.js';
import { whoIsOnCall } from './whoIsOnCall.js';

/** A stretch of time with one answer to "who is on call"; `accountId` null means nobody. */
export interface OnCallSegment {
  readonly start: Date;
  readonly end: Date;
  readonly accountId: string | null;
}

/**
 * The schedule's final view over [from, until) as consecutive segments, each with a different
 * person from its neighbours. It jumps from one possible change to the next instead of sampling,
 * so a year of daily shifts costs a few hundred evaluations.
 *
 * @example
 * [...onCallSegments(schedule, new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z'))]
 * // => [{ start: 03-28T00:00Z, end: 03-28T09:00Z, accountId: 'bo' }, { ..., accountId: 'ana' }, ...]
 */
export function* onCallSegments(schedule: Schedule, from: Date, until: Date): Generator<OnCallSegment> {
  const stop = until.getTime();
  let at = from;
  let open: { start: Date; accountId: string | null } | undefined;
  while (at.getTime() < stop) {
    const answer = whoIsOnCall(schedule, at);
    const accountId = answer.onCall ? answer.accountId : null;
    if (!open) open = { start: at, accountId };
    else if (open.accountId !== accountId) {
      yield { start: open.start, end: at, accountId: open.accountId };
      open = { start: at, accountId };
    }
    const next = answer.stableUntil;
    if (!next) break;
    // stableUntil is always later than `at`; the guard only keeps a bad input from looping.
    at = next.getTime() > at.getTime() ? next : new Date(at.getTime() + 1);
  }
  if (open) yield { start: open.start, end: until, accountId: open.accountId };
}
