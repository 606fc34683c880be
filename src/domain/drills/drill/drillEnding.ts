import type { DrillRecord } from '../../../contracts/drills.js';
import type { EscalationState } from '../../../contracts/escalationState.js';

export type DrillEnd = { reason: 'acknowledged' | 'exhausted' | 'timeLimit'; at: number } | null;

/**
 * Whether a running drill is over: the acknowledgement chain completed (someone at a level that
 * may acknowledge did), the policy ran out of levels, or the time limit passed.
 */
export function drillEnding(drill: Pick<DrillRecord, 'status' | 'endsAt' | 'scenario'>, state: EscalationState | null, now: number): DrillEnd {
  if (drill.status !== 'running') return null;
  if (state?.status === 'acknowledged' && state.acknowledgedAt) {
    return { reason: 'acknowledged', at: Date.parse(state.acknowledgedAt) };
  }
  if (state?.exhausted) return { reason: 'exhausted', at: now };
  if (now >= Date.parse(drill.endsAt)) return { reason: 'timeLimit', at: Date.parse(drill.endsAt) };
  return null;
}
