import type { EscalationState } from '../../contracts/escalationState.js';

/**
 * `ITOPS-7/default@3/e1/technical/L2/r0/page`: incident, policy and version, episode, path,
 * level, loop and action. A rerun of the same step rebuilds the same key, so a store that
 * remembers keys performs each action once.
 */
export function idempotencyKey(incidentKey: string, s: EscalationState, action: string): string {
  return `${incidentKey}/${s.policyId}@${s.policyVersion}/e${s.episode}/${s.path}/L${s.level}/r${s.loop}/${action}`;
}
