import type { Schedule } from './schedule.js';
import type { Tier, TierTarget } from './tier.js';
import { whoIsOnCall } from './whoIsOnCall.js';

/** Who a tier reaches at one moment. */
export interface TierResponders {
  /** Null when the primary schedule has nobody on call, or is not among the schedules given. */
  readonly primary: string | null;
  readonly backup: string | null;
  /** The primary when there is one, otherwise the backup: the person an escalation pages. */
  readonly pageFirst: string | null;
}

function resolve(target: TierTarget, schedules: ReadonlyMap<string, Schedule>, at: Date): string | null {
  if (target.kind === 'user') return target.accountId;
  const schedule = schedules.get(target.scheduleId);
  if (!schedule) return null;
  const answer = whoIsOnCall(schedule, at);
  return answer.onCall ? answer.accountId : null;
}

/**
 * Resolves a tier's primary and backup to people at `at`, falling back to the backup when the
 * primary schedule has a gap.
 *
 * @example
 * tierResponders({ name: 'L1', primary: { kind: 'schedule', scheduleId: 'payments' },
 *   backup: { kind: 'user', accountId: 'lead' } }, new Map([['payments', payments]]), at)
 * // => { primary: null, backup: 'lead', pageFirst: 'lead' } during a gap in payments
 */
export function tierResponders(tier: Tier, schedules: ReadonlyMap<string, Schedule>, at: Date): TierResponders {
  const primary = resolve(tier.primary, schedules, at);
  const backup = resolve(tier.backup, schedules, at);
  return { primary, backup, pageFirst: primary ?? backup };
}
