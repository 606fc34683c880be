import type { EscalationState } from '../../contracts/escalationState.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { Decision } from '../../domain/escalation/decision.js';
import { notePagedOwners, openBridgeForPages } from '../comms/bridge/openBridge.js';
import { commsDeadlines } from '../comms/cadence/commsDeadlines.js';
import type { Deps } from '../shared/deps.js';
import { executeIntents, type ExecutionReport } from './executeIntents.js';
import { advanceDrill } from '../drills/drill/finishDrill.js';
import { notifySubscribers } from '../comms/subscriptions/subscriptions.js';

/** Forge queue events may be delayed by at most 900 seconds. */
export const MAX_TIMER_SECONDS = 900;

/**
 * Applies a decision: intents first, then the event log, then the issue property, then the
 * timer. The property is written last so that a crash part-way leaves the old state, and the
 * rerun decides the same steps with the same keys (already-done intents are skipped).
 */
export async function recordDecision(
  deps: Deps,
  incidentKey: string,
  previous: EscalationState | null,
  decision: Decision,
  /** The incident's service, when the caller has read it (saves a read for subscriber emails). */
  service?: string | null,
): Promise<ExecutionReport> {
  // A bridge opens before the pages go out, so that every page carries its details.
  const bridge = await openBridgeForPages(deps, incidentKey, decision);
  const report = await executeIntents(deps, decision.intents, { episode: decision.state.episode, state: decision.state, bridge });
  if (bridge) await notePagedOwners(deps, incidentKey, decision, bridge);
  // Stakeholders following the service hear when an escalation starts (once per episode).
  if (decision.steps.some((s) => s.type === 'triggered' || s.type === 'manualEscalation')) {
    await notifySubscribers(deps, incidentKey, decision.state, service);
  }
  if (decision.steps.length) {
    const s = decision.state;
    const entries: EventLogEntry[] = decision.steps.map((step, i) => ({
      incidentKey, ...step, policyId: s.policyId, policyVersion: s.policyVersion, seq: i,
    }));
    await deps.store.appendEvents(entries);
  }
  // Bridge joins and the update cadence have deadlines of their own: the stored next evaluation
  // (which the timer and the sweep's JQL both use) is the earlier of the engine's and theirs.
  const state = withEarlierEvaluation(decision.state, await commsDeadlines(deps, incidentKey, decision.state));
  if (!sameState(previous, state)) await deps.host.writeState(incidentKey, state);
  await scheduleTimer(deps, incidentKey, state);
  // A drill ends on its own decisions: the chain completing, the levels running out, its time.
  if (deps.drills) await advanceDrill(deps, incidentKey, state);
  return report;
}

/**
 * Only the epoch field moves: it is what the timer and the sweep's JQL read, while
 * `nextEvaluationAt` stays the engine's next step, which the panel and dashboard show as
 * "next level".
 */
function withEarlierEvaluation(s: EscalationState, atMs: number | null): EscalationState {
  if (atMs === null || (s.nextEvaluationEpochMs !== null && s.nextEvaluationEpochMs <= atMs)) return s;
  return { ...s, nextEvaluationEpochMs: atMs };
}

async function scheduleTimer(deps: Deps, key: string, s: EscalationState): Promise<void> {
  if (s.nextEvaluationEpochMs === null) return;
  const delay = Math.max(0, Math.ceil((s.nextEvaluationEpochMs - deps.clock.now()) / 1000));
  // Steps further out than the queue's limit get a relay timer at the limit, which evaluates
  // (finding nothing due yet) and schedules the next hop, so every step fires on time.
  await deps.queue.scheduleEvaluation(key, Math.min(delay, MAX_TIMER_SECONDS), s.nextEvaluationEpochMs);
}

function sameState(a: EscalationState | null, b: EscalationState): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}
