import type { EscalationState } from '../../contracts/escalationState.js';
import type { Protocol } from '../../contracts/protocol.js';
import type { Incident } from '../../domain/incident/incident.js';
import { advanceCoordination } from '../../domain/coordination/advanceCoordination.js';
import { matchProtocols } from '../../domain/coordination/matchProtocols.js';
import { effectivePriority } from '../../domain/priority/effectivePriority.js';
import { MAX_TIMER_SECONDS } from '../escalation/recordDecision.js';
import type { Settings } from '../policies/loadSettings.js';
import type { Deps } from '../shared/deps.js';
import { coordinationContextFor } from './coordinationContextFor.js';
import { updateCoordination } from './updateCoordination.js';

export type CoordinationTracking = { kind: 'none'; reason: string } | { kind: 'advanced'; effects: string[]; nextAtMs: number | null };

/**
 * The coordination side of evaluating an incident (issue events, its exact timers, the sweep):
 * while an escalation runs, matching joint protocols engage their teams; OLA clocks and
 * handoffs that fell due escalate within their team; resolution or a stand-down releases
 * every team. The next due moment arms the incident's exact timer.
 */
export async function trackCoordination(deps: Deps, incident: Incident, state: EscalationState | null, settings: Settings): Promise<CoordinationTracking> {
  const coordination = deps.coordination;
  if (!coordination) return { kind: 'none', reason: 'coordination is not wired in' };
  const existing = await coordination.getRecord(incident.key);
  const running = state !== null && (state.status === 'active' || state.status === 'acknowledged');
  if (!existing && !running) return { kind: 'none', reason: 'no escalation running and nothing engaged' };
  const { protocols } = running || existing ? await coordination.listProtocols() : { protocols: [] };
  const byId = new Map<string, Protocol>(protocols.map((p) => [p.protocol.id, p.protocol]));
  // A stand-down returns the escalation to `none` and keeps who stood it down.
  const closed = incident.statusCategory === 'done' ? 'resolved' as const : !running && state?.standDown ? 'stood down' as const : null;
  const priority = state?.priority ?? effectivePriority(settings.config, { impact: incident.impact, urgency: incident.urgency, service: incident.service, jiraPriority: incident.jiraPriority ?? null }).priority;
  const matches = running && closed === null ? matchProtocols([...byId.values()], incident, priority, [...settings.teams.values()]) : [];
  if (!existing && matches.length === 0) return { kind: 'none', reason: 'no joint protocol matches' };
  const ctx = await coordinationContextFor(deps, incident, settings);
  let arm: { delay: number; at: number } | null = null;
  const { result } = await updateCoordination({ ...deps, coordination }, incident.key, (r) => {
    const advanced = advanceCoordination(r, { incident, closed, matches, protocols: byId }, ctx);
    arm = timerFor(advanced.record.timerAt, advanced.nextAtMs, ctx.now);
    return arm ? { ...advanced, record: { ...advanced.record, timerAt: new Date(ctx.now + arm.delay * 1000).toISOString() } } : advanced;
  });
  const armed = arm as { delay: number; at: number } | null;
  if (armed) await deps.queue.scheduleEvaluation(incident.key, armed.delay, armed.at);
  return { kind: 'advanced', effects: result.effects.map((e) => e.key), nextAtMs: result.nextAtMs };
}

/**
 * The timer to arm for the next OLA deadline, unless one already armed fires at or before it:
 * evaluations caused by issue events must not stack a timer each. A deadline past the queue's
 * 900-second limit gets a relay timer, which re-arms when it fires.
 */
function timerFor(armedAt: string | null, nextAtMs: number | null, now: number): { delay: number; at: number } | null {
  if (nextAtMs === null) return null;
  const armed = armedAt === null ? null : Date.parse(armedAt);
  if (armed !== null && armed > now && armed <= nextAtMs) return null;
  return { delay: Math.min(Math.max(0, Math.ceil((nextAtMs - now) / 1000)), MAX_TIMER_SECONDS), at: nextAtMs };
}
