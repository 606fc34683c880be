import { endDrillIfOver } from '../drills/drill/endDrill.js';
import { DRILL_LABEL } from '../../contracts/drills.js';
import { initialEscalationState } from '../../contracts/escalationState.js';
import type { Decision } from '../../domain/escalation/decision.js';
import { decide } from '../../domain/escalation/decide.js';
import { choosePolicy } from '../../domain/policies/matchesScope.js';
import type { IncidentRecord } from '../../ports/incidentHost.js';
import { StateConflictError } from '../../ports/incidentStateStore.js';
import { CONFLICT_RETRIES } from './conflictRetries.js';
import { notifySource } from '../alerts/ingest/notifySource.js';
import type { Deps } from '../shared/deps.js';
import type { ExecutionReport } from './executeIntents.js';
import { loadSettings, type Settings } from '../policies/loadSettings.js';
import { decideWithResponders } from './responderFacts.js';
import { recordDecision } from './recordDecision.js';
import { withScopeJql } from './withScopeJql.js';
import { retryDueSends } from '../comms/delivery/retryDueSends.js';
import { REVIEW_LABEL } from '../reviews/openReview.js';
import { trackReview } from '../reviews/trackReview.js';
import { recordRollup } from '../reviews/recordRollup.js';
import { PROBLEM_LABEL } from '../reviews/recurrence/advanceProblem.js';
import { recordRecurrence } from '../reviews/recurrence/recordRecurrence.js';
import { trackCoordination } from '../coordination/trackCoordination.js';
import { advanceTabletop } from '../drills/tabletop/advanceTabletop.js';
import { syncWarRoomQuietly } from '../warRoom/syncWarRoom.js';

/** How long a just-created issue labelled as a drill waits for its drill record. */
const DRILL_REGISTRATION_MS = 2 * 60_000;

export interface Evaluation {
  incidentKey: string;
  decision: Decision | null;
  report: ExecutionReport | null;
  /** Why nothing was decided, when no policy applies. */
  skipped?: string;
}

/** Reads one incident and evaluates it now. Used by issue events and exact timers. */
export async function evaluateIncident(deps: Deps, key: string): Promise<Evaluation> {
  // Communication retries ride on the incident's exact timer (see retryDueSends).
  await retryDueSends(deps, key);
  const record = await deps.host.getIncident(key);
  if (!record) return { incidentKey: key, decision: null, report: null, skipped: `${key} does not exist` };
  // A review issue is not an incident. The label alone is not trusted (anyone may add it);
  // the review store says whether the app opened this issue as a review.
  if (deps.reviews && record.incident.labels.includes(REVIEW_LABEL) && (await deps.reviews.store.incidentOfReviewIssue(key)) !== null) {
    return { incidentKey: key, decision: null, report: null, skipped: `${key} is a post-incident review` };
  }
  // Nor is a systemic problem the app opened for recurring incidents (same check, same reason).
  if (deps.reviews?.recurrence && record.incident.labels.includes(PROBLEM_LABEL) && (await deps.reviews.recurrence.clusterOfProblemIssue(key)) !== null) {
    return { incidentKey: key, decision: null, report: null, skipped: `${key} is a systemic problem` };
  }
  const drill = await deps.drills?.getDrill(key);
  if (!drill && record.incident.labels.includes(DRILL_LABEL) && deps.clock.now() - Date.parse(record.incident.created) < DRILL_REGISTRATION_MS) {
    // The issue event of a drill being opened can arrive before the drill is recorded: wait for
    // the record rather than page unisolated. Only a just-created issue waits, and only briefly.
    await deps.queue.scheduleEvaluation(key, 60, deps.clock.now() + 60_000);
    return { incidentKey: key, decision: null, report: null, skipped: `${key} is being opened as a drill` };
  }
  const settings = await loadSettings(deps.store, deps.coordination);
  const evaluation = await evaluateRecord(deps, record, settings);
  // Drills open no post-incident review and stay out of the production rollups.
  if (drill) {
    await endDrillIfOver(deps, key, evaluation.decision?.state ?? record.state);
    // A tabletop exercise runs the joint protocols and plays its injects (isolation still applies).
    await advanceTabletop(deps, record.incident, evaluation.decision?.state ?? record.state, settings);
    // A drill's war room only when war rooms for drills are on; its name and posts say DRILL.
    await syncWarRoomQuietly(deps, record.incident, evaluation.decision?.state ?? record.state, settings);
    return evaluation;
  }
  // Opening, pausing and advancing the post-incident review ride on the incident's evaluation
  // (issue events and its exact timers); the sweep covers open reviews besides.
  const latest = evaluation.decision?.state ?? record.state;
  await trackReview(deps, record.incident, latest, settings);
  await recordRollup(deps, key, latest);
  // A resolved escalation joins its cluster of related incidents; three raise a problem.
  await recordRecurrence(deps, record.incident, latest);
  // Joint protocols, team OLA clocks and handoffs ride on the same evaluation and timers.
  await trackCoordination(deps, record.incident, latest, settings);
  // The war room opens once teams are engaged, and hears of every step this evaluation wrote.
  await syncWarRoomQuietly(deps, record.incident, latest, settings);
  // An incident opened by an alert integration tells its source it was resolved (once).
  if (record.incident.statusCategory === 'done') await notifySource(deps, key, 'resolved');
  return evaluation;
}

/**
 * Evaluates an incident already read (the sweep reads a hundred at a time). An escalation in
 * progress stays with its policy; otherwise the best-ranked policy whose scope matches applies.
 */
export async function evaluateRecord(deps: Deps, record: IncidentRecord, settings: Settings, attempt = 0): Promise<Evaluation> {
  const key = record.incident.key;
  const state = record.state ?? initialEscalationState;
  const own = state.policyId === null ? undefined : settings.policies.find((p) => p.policy.id === state.policyId);
  const inProgress = state.status === 'active' || state.status === 'acknowledged';
  const candidates = inProgress && own ? [own] : settings.policies;
  const incident = await withScopeJql(deps, record.incident, candidates);
  const chosen = inProgress && own ? own.policy : choosePolicy(candidates.map((p) => p.policy), incident);
  const vp = chosen && settings.policies.find((p) => p.policy.id === chosen.id);
  if (!vp) return { incidentKey: key, decision: null, report: null, skipped: 'no enabled policy covers this incident' };
  const now = deps.clock.now();
  const decision = await decideWithResponders(deps, settings, vp.policy, (ctx) => decide(incident, state, vp, now, settings.config, ctx), (d) => d);
  try {
    const report = await recordDecision(deps, key, record.state, decision, record.incident.service);
    return { incidentKey: key, decision, report };
  } catch (e) {
    // Another invocation changed the state meanwhile (an acknowledgement, a stand-down): decide
    // again from what is stored now. Intents already carried out keep their keys and are skipped.
    if (!(e instanceof StateConflictError) || attempt >= CONFLICT_RETRIES) throw e;
    const fresh = await deps.host.getIncident(key);
    if (!fresh) return { incidentKey: key, decision: null, report: null, skipped: `${key} does not exist` };
    return evaluateRecord(deps, fresh, settings, attempt + 1);
  }
}
