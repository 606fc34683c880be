import type { PathName } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { Incident } from '../incident/incident.js';
import type { VersionedPolicy } from '../policies/versionedPolicy.js';
import { advance } from './advance.js';
import { assessIncident } from './assessIncident.js';
import type { CommandResult } from './decision.js';
import { DecisionBuilder, iso } from './decisionBuilder.js';
import { emptyEngineContext, type EngineContext } from './engineContext.js';
import { startEscalation } from './startEscalation.js';

export interface ManualEscalation {
  actor: string;
  path: PathName;
  level: number;
  reason: string;
}

/** A person escalates to a chosen path and level, now, with a reason. Starts a new episode. */
export function escalateManually(
  incident: Incident,
  state: EscalationState,
  vp: VersionedPolicy,
  now: number,
  config: EscalationConfig,
  cmd: ManualEscalation,
  ctx: EngineContext = emptyEngineContext,
): CommandResult {
  if (incident.statusCategory === 'done') return { ok: false, error: `${incident.key} is resolved; reopen it to escalate` };
  const levels = vp.policy.paths[cmd.path].levels;
  if (cmd.level < 1 || cmd.level > levels.length) {
    return { ok: false, error: `level: the ${cmd.path} path has ${levels.length} level(s); ${cmd.level} does not exist` };
  }
  if (cmd.reason.trim().length === 0) return { ok: false, error: 'reason: a reason is required' };
  const b = new DecisionBuilder(incident.key, vp.policy, vp.version, state, now, ctx);
  b.tags = incident;
  const a = assessIncident(incident, state, vp.policy, now, config);
  startEscalation(b, cmd.path, 'manual', `Escalated manually by ${cmd.actor}: ${cmd.reason}`, 'manualEscalation');
  b.patch({ level: cmd.level, levelDueAt: iso(now), priority: a.priority, acknowledgedAt: null, acknowledgedBy: null });
  b.steps[b.steps.length - 1] = { ...b.steps.at(-1)!, level: cmd.level, actor: cmd.actor };
  advance(b);
  return { ok: true, decision: b.build() };
}

/** Acknowledging stops the climb. Acknowledging twice is harmless and changes nothing. */
export function acknowledge(incidentKey: string, state: EscalationState, vp: VersionedPolicy, now: number, actor: string): CommandResult {
  if (state.status === 'acknowledged') {
    return { ok: true, decision: { state, intents: [], trace: [`Already acknowledged by ${state.acknowledgedBy}.`], steps: [] } };
  }
  if (state.status !== 'active') return { ok: false, error: `${incidentKey} has no active escalation to acknowledge` };
  const b = new DecisionBuilder(incidentKey, vp.policy, vp.version, state, now);
  b.patch({ status: 'acknowledged', acknowledgedBy: actor, acknowledgedAt: iso(now) });
  const late = state.ackDueAt !== null && Date.parse(state.ackDueAt) < now ? ' (after the ack deadline)' : '';
  b.why(`Acknowledged by ${actor} at ${iso(now)}${late}; the climb stops.`);
  b.step('acknowledged', now, `Acknowledged${late}`, actor);
  b.intend('ack-comment', { kind: 'comment', body: `Escalation acknowledged by ${actor}${late}. The escalation will not climb further.` });
  b.nextAt(null);
  return { ok: true, decision: b.build() };
}

/**
 * Stands an escalation down: it ends without resolving the incident, and the triggers firing
 * now are muted so the next sweep does not restart it for the same reason.
 */
export function standDown(
  incident: Incident,
  state: EscalationState,
  vp: VersionedPolicy,
  now: number,
  config: EscalationConfig,
  actor: string,
  reason: string,
): CommandResult {
  if (state.status !== 'active' && state.status !== 'acknowledged') {
    return { ok: false, error: `${incident.key} has no escalation to stand down` };
  }
  if (reason.trim().length === 0) return { ok: false, error: 'reason: a reason is required' };
  const a = assessIncident(incident, state, vp.policy, now, config);
  const muted = a.outcomes.filter((o) => o.fired).map((o) => o.triggerId);
  const b = new DecisionBuilder(incident.key, vp.policy, vp.version, state, now);
  b.step('stoodDown', now, `Stood down: ${reason}`, actor);
  b.intend('stand-down-comment', { kind: 'comment', body: `Escalation stood down by ${actor}: ${reason}` });
  b.patch({ status: 'none', mutedTriggers: muted, exhausted: false, standDown: { by: actor, at: iso(now), reason }, ackDueAt: null });
  b.why(`Stood down by ${actor}: ${reason}.${muted.length ? ` Muted while they keep firing: ${muted.join(', ')}.` : ''}`);
  // Triggers that have not fired yet may still start a new escalation later.
  const later = a.outcomes.filter((o) => !o.fired && o.firesAt !== null).map((o) => o.firesAt!);
  b.nextAt(later.length ? Math.min(...later) : null);
  return { ok: true, decision: b.build() };
}
