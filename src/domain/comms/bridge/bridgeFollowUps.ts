import { bridgeJoinDeadline } from './bridgeJoinDeadline.js';

const MINUTE = 60_000;

export interface BridgeJoin {
  readonly accountId: string;
  readonly joinedAt: Date;
}

/** Someone paged to the bridge, with what has already been done about a missed join. */
export interface PagedOwner {
  readonly accountId: string;
  readonly pagedAt: Date;
  readonly followedUpAt?: Date;
  readonly escalatedAt?: Date;
}

export interface BridgeFollowUp {
  /** `follow-up` re-pages the owner; `escalate` goes to the next level after a follow-up went unanswered. */
  readonly kind: 'follow-up' | 'escalate';
  readonly accountId: string;
  readonly deadline: Date;
}

export interface BridgeFollowUpOptions {
  readonly joinMinutes?: number;
  /** How long a follow-up may go unanswered before escalating. */
  readonly escalateAfterMinutes?: number;
}

export interface BridgeFollowUpPlan {
  readonly actions: readonly BridgeFollowUp[];
  /** The next instant at which this plan could change, or null when nobody is still awaited. */
  readonly nextCheckAt: Date | null;
}

/**
 * Who was paged to the bridge and has not joined by the deadline, and what happens next: one
 * follow-up, then escalation if that too goes unanswered. Joins after `now` are not yet known
 * and are ignored; a late join still stops further chasing.
 *
 * @example
 * bridgeFollowUps([], [{ accountId: 'ana', pagedAt: new Date('2026-11-27T09:00:00Z') }], new Date('2026-11-27T09:10:00Z'))
 * // => { actions: [{ kind: 'follow-up', accountId: 'ana', deadline: 2026-11-27T09:10:00Z }], nextCheckAt: 2026-11-27T09:15:00Z }
 */
export function bridgeFollowUps(
  joins: readonly BridgeJoin[],
  paged: readonly PagedOwner[],
  now: Date,
  options: BridgeFollowUpOptions = {},
): BridgeFollowUpPlan {
  const escalateAfter = (options.escalateAfterMinutes ?? 5) * MINUTE;
  const joined = new Set(joins.filter((j) => j.joinedAt.getTime() <= now.getTime()).map((j) => j.accountId));
  const actions: BridgeFollowUp[] = [];
  let next: number | null = null;
  const checkAt = (ms: number): void => {
    next = next === null ? ms : Math.min(next, ms);
  };
  for (const owner of paged) {
    if (joined.has(owner.accountId) || owner.escalatedAt !== undefined) continue;
    const deadline = bridgeJoinDeadline(owner.pagedAt, options.joinMinutes);
    if (now.getTime() < deadline.getTime()) {
      checkAt(deadline.getTime());
    } else if (owner.followedUpAt === undefined) {
      actions.push({ kind: 'follow-up', accountId: owner.accountId, deadline });
      checkAt(now.getTime() + escalateAfter);
    } else if (now.getTime() >= owner.followedUpAt.getTime() + escalateAfter) {
      actions.push({ kind: 'escalate', accountId: owner.accountId, deadline });
    } else {
      checkAt(owner.followedUpAt.getTime() + escalateAfter);
    }
  }
  const nextCheck: number | null = next;
  return { actions, nextCheckAt: nextCheck === null ? null : new Date(nextCheck) };
}
