import type { EscalationConfig } from '../../contracts/config.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { Incident } from '../incident/incident.js';
import { matchesScope } from '../policies/matchesScope.js';
import type { VersionedPolicy } from '../policies/versionedPolicy.js';
import { advance } from './advance.js';
import { assessIncident, type Assessment } from './assessIncident.js';
import type { Decision } from './decision.js';
import { DecisionBuilder, iso } from './decisionBuilder.js';
import { emptyEngineContext, type EngineContext } from './engineContext.js';
import { startEscalation } from './startEscalation.js';

/**
 * The escalation engine: given an incident, its escalation state and policy, and the time,
 * returns the next state, the intents to carry out, and a trace in plain words. Deterministic:
 * the same inputs always give the same output, and rerunning a step yields the same
 * idempotency keys, so nothing is done twice.
 *
 * @example decide(incident, initialEscalationState, {policy, version: 3}, Date.parse('2026-11-27T09:00Z'), config)
 */
export function decide(
  incident: Incident,
  state: EscalationState,
  vp: VersionedPolicy,
  now: number,
  config: EscalationConfig,
  ctx: EngineContext = emptyEngineContext,
): Decision {
  const b = new DecisionBuilder(incident.key, vp.policy, vp.version, state, now, ctx);
  b.tags = incident;
  if (incident.statusCategory === 'done') return resolve(b);

  const scope = matchesScope(vp.policy, incident);
  if (!scope.matches) {
    b.why(() => `Out of scope: ${scope.reason}.`);
    b.nextAt(null);
    return b.build();
  }
  if (state.status === 'resolved') {
    b.why('The incident was reopened; a new escalation can start.');
    b.patch({ status: 'none', mutedTriggers: [], acknowledgedAt: null, acknowledgedBy: null, exhausted: false });
  }
  const a = assessIncident(incident, b.state, vp.policy, now, config);
  a.trace.forEach((l) => b.why(l));
  b.patch({ policyVersion: b.state.status === 'none' ? b.state.policyVersion : vp.version });

  switch (b.state.status) {
    case 'none':
      return considerStarting(b, a);
    case 'acknowledged':
      if (pathChanged(b.state, a)) return switchPath(b, a);
      b.why(`Acknowledged by ${b.state.acknowledgedBy} at ${b.state.acknowledgedAt}; the climb is stopped.`);
      b.patch({ priority: a.priority });
      b.nextAt(null);
      return b.build();
    case 'active':
      if (pathChanged(b.state, a)) return switchPath(b, a);
      b.patch({ priority: a.priority });
      advance(b);
      return b.build();
  }
  return b.build();
}

function considerStarting(b: DecisionBuilder, a: Assessment): Decision {
  const muted = new Set(b.state.mutedTriggers);
  const firing = a.outcomes.filter((o) => o.fired && !muted.has(o.triggerId));
  // A muted trigger that has stopped firing may fire again later, so it is unmuted.
  const stillMuted = a.outcomes.filter((o) => o.fired && muted.has(o.triggerId)).map((o) => o.triggerId);
  b.patch({ mutedTriggers: stillMuted, priority: a.priority });
  for (const o of a.outcomes) {
    const tag = muted.has(o.triggerId) && o.fired ? ' (stood down earlier, so ignored)' : '';
    b.why(() => `Trigger "${o.triggerId}": ${o.detail()}${o.fired ? ` — fired${tag}` : ''}.`);
  }
  const first = firing[0];
  if (first) {
    startEscalation(b, a.path, first.triggerId, `Trigger "${first.triggerId}" fired: ${first.detail()}`);
    advance(b);
    return b.build();
  }
  const upcoming = a.outcomes.filter((o) => !muted.has(o.triggerId)).map((o) => o.firesAt).filter((t): t is number => t !== null);
  const next = upcoming.length ? Math.min(...upcoming) : null;
  b.why(next === null ? 'No trigger fired, and none can be predicted.' : `No trigger fired yet; the earliest can fire at ${iso(next)}.`);
  b.nextAt(next);
  return b.build();
}

function pathChanged(s: EscalationState, a: Assessment): boolean {
  return s.priority !== null && s.priority !== a.priority && s.path !== a.path;
}

function switchPath(b: DecisionBuilder, a: Assessment): Decision {
  b.why(`Priority changed from ${b.state.priority} to ${a.priority}, which moves the escalation from the ${b.state.path} to the ${a.path} path.`);
  const from = b.state.path;
  b.patch({ status: 'active', acknowledgedAt: null, acknowledgedBy: null, priority: a.priority });
  startEscalation(b, a.path, b.state.triggerId ?? 'priority-change', `Priority ${a.priority} re-routed from ${from}`, 'pathChanged');
  advance(b);
  return b.build();
}

function resolve(b: DecisionBuilder): Decision {
  const s = b.state;
  if (s.status === 'active' || s.status === 'acknowledged') {
    b.patch({ status: 'resolved', resolvedAt: iso(b.now) });
    b.why('The incident is resolved, which ends the escalation.');
    b.step('resolved', b.now, 'Incident resolved; escalation ended');
    b.intend('resolved-comment', { kind: 'comment', body: 'Escalation ended: the incident was resolved.' });
  } else {
    b.why('The incident is resolved; nothing to escalate.');
  }
  b.nextAt(null);
  return b.build();
}
