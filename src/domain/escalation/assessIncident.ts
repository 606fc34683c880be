import type { Criticality, PathName, Priority } from '../../contracts/common.js';
import type { EscalationConfig, LegacyException } from '../../contracts/config.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { Policy } from '../../contracts/policy.js';
import type { Trigger } from '../../contracts/trigger.js';
import type { Incident } from '../incident/incident.js';
import { applicableException } from '../policies/applicableException.js';
import { choosePath } from '../policies/choosePath.js';
import { effectivePriority } from '../priority/effectivePriority.js';
import { evaluateTrigger } from '../triggers/evaluateTrigger.js';
import type { TriggerOutcome } from '../triggers/triggerOutcome.js';
import type { TraceLine } from './decisionBuilder.js';

/** Everything about an incident the engine derives before deciding, with the reasons. */
export interface Assessment {
  priority: Priority;
  criticality: Criticality | null;
  exception: LegacyException | null;
  path: PathName;
  triggers: readonly Trigger[];
  outcomes: TriggerOutcome[];
  trace: TraceLine[];
}

export function assessIncident(
  incident: Incident,
  state: EscalationState,
  policy: Policy,
  now: number,
  config: EscalationConfig,
): Assessment {
  const trace: TraceLine[] = [];
  const ep = effectivePriority(config, incident);
  trace.push(() => `Priority ${ep.priority}: ${ep.explain()}.`);
  const ex = applicableException(config.exceptions, incident, now);
  for (const e of ex.expired) {
    trace.push(() => `Exception "${e.id}" for ${[...e.services, ...e.components].join(', ')} expired at ${e.expiresAt}; standard thresholds apply. Flagged for its owner.`);
  }
  let factor = 1;
  const active = ex.active;
  if (active) {
    trace.push(() => `Legacy exception "${active.id}" applies until ${active.expiresAt} (${active.reason}); its own thresholds replace the policy's.`);
  } else if (ep.criticality !== null) {
    factor = config.criticalityRules[ep.criticality].thresholdFactor;
  }
  const triggers = ex.active ? ex.active.triggers : policy.triggers;
  const acknowledged = state.status === 'acknowledged' || state.acknowledgedAt !== null;
  const ctx = { now, factor, priority: ep.priority, acknowledged, calendars: config.calendars };
  const outcomes = triggers.map((t) => evaluateTrigger(t, incident, ctx));
  const chosen = choosePath(policy, { priority: ep.priority, impact: incident.impact, urgency: incident.urgency, criticality: ep.criticality });
  trace.push(() => `Path: ${chosen.reason()}.`);
  return { priority: ep.priority, criticality: ep.criticality, exception: ex.active, path: chosen.path, triggers, outcomes, trace };
}
