import { initialEscalationState, type EscalationState } from '../../contracts/escalationState.js';
import { acknowledge } from '../escalation/commands.js';
import { decide } from '../escalation/decide.js';
import type { Decision } from '../escalation/decision.js';
import { matchesScope } from '../policies/matchesScope.js';
import { incidentAt, type IncidentFacts } from './hypotheticalIncident.js';
import { collectDecision } from './collectDecision.js';
import type { Collector, EndReason, Simulation, SimulationInput } from './simulation.js';

export type { SimulationInput } from './simulation.js';
import { summarise } from './summarise.js';


/** A bound on evaluations: a policy has at most 10 levels × (repeats + backup) per path. */
const MAX_EVALUATIONS = 400;

/**
 * Runs the real engine forward in virtual time for an incident that does not exist: each
 * evaluation happens exactly when the engine said it next needs looking at (or when the
 * scenario acknowledges or resolves), so the result is what the sweep and the exact timers
 * would have done. Pure: `now` never comes from a clock, and nothing is sent.
 *
 * @example simulate({ incident, policy: { policy: draft, version: 0 }, config, ctx, ackAfterFirstPageMs: null,
 *   resolvedAt: null, horizonMs: 86_400_000, defaultTimeZone: 'UTC', explain: true })
 */
export function simulate(input: SimulationInput): Simulation {
  const { incident: h, config, ctx } = input;
  const vp = input.policy;
  const facts: IncidentFacts = { assigneeAccountId: null, updatedAt: h.createdAt, resolved: false };
  const out: Collector = { pages: [], actions: [], steps: [], evaluations: [] };
  const end = h.createdAt + input.horizonMs;
  let state: EscalationState = initialEscalationState;
  let t = h.createdAt;
  let acked = false;
  let reason: EndReason = 'horizon';
  const scope = matchesScope(vp.policy, incidentAt(h, facts, t));
  if (!scope.matches) {
    out.evaluations.push({ at: t, trace: input.explain ? [`Out of scope: ${scope.reason}.`] : [] });
    return { ...out, ended: { reason: 'notInScope', at: t }, summary: summarise(out, input, config) };
  }

  for (let i = 0; i < MAX_EVALUATIONS; i++) {
    facts.resolved = input.resolvedAt !== null && t >= input.resolvedAt;
    const d = decide(incidentAt(h, facts, t), state, vp, t, config, ctx);
    take(d, t);
    if (facts.resolved) { reason = acked ? 'acknowledged' : 'resolved'; break; }

    const first = out.pages[0];
    const ackAt = !acked && first && input.ackAfterFirstPageMs !== null ? first.at + input.ackAfterFirstPageMs : null;
    const candidates = [state.nextEvaluationEpochMs, ackAt, input.resolvedAt].filter((x): x is number => x !== null && x >= t);
    if (candidates.length === 0) { reason = state.exhausted ? 'exhausted' : 'nothingDue'; break; }
    const next = Math.min(...candidates);
    if (next > end) { reason = state.exhausted ? 'exhausted' : 'horizon'; t = end; break; }
    if (ackAt !== null && next === ackAt && state.status === 'active') {
      // Catch up to the acknowledgement first: steps due before it still happen.
      facts.resolved = false;
      const before = decide(incidentAt(h, facts, ackAt), state, vp, ackAt, config, ctx);
      take(before, ackAt);
      const by = input.acknowledgedBy ?? first?.accountIds[0] ?? 'someone';
      const r = acknowledge(h.key, state, vp, ackAt, by);
      if (r.ok) take(r.decision, ackAt);
      acked = true;
      reason = 'acknowledged';
      t = ackAt;
      if (input.resolvedAt === null) break;
      continue;
    }
    if (ackAt !== null && next === ackAt) acked = true;
    t = next;
  }
  return { ...out, ended: { reason, at: t }, summary: summarise(out, input, config) };

  function take(d: Decision, at: number): void {
    collectDecision(out, d, at, vp.policy, ctx, input, facts);
    state = d.state;
  }
}
