import type { PathName } from '../../contracts/common.js';
import { iso, type DecisionBuilder } from './decisionBuilder.js';
import type { StepType } from './step.js';

/** Puts the state at level 1 of `path`, due after that level's delay, in a new episode. */
export function startEscalation(
  b: DecisionBuilder,
  path: PathName,
  triggerId: string,
  reason: string,
  stepType: StepType = 'triggered',
): void {
  const first = b.policy.paths[path].levels[0];
  const due = b.now + (first?.delayMinutes ?? 0) * 60_000;
  b.patch({
    status: 'active',
    policyId: b.policy.id,
    policyVersion: b.version,
    path,
    level: 1,
    loop: 0,
    episode: b.state.episode + 1,
    since: iso(b.now),
    levelDueAt: iso(due),
    levelFiredAt: null,
    lastPagedAt: null,
    ackDueAt: null,
    triggerId,
    exhausted: false,
    standDown: null,
  });
  b.why(() => `${reason}. Escalating on the ${path} path from level 1.`);
  b.step(stepType, b.now, reason);
}
