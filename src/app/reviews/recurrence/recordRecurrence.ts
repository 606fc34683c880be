import type { EscalationState } from '../../../contracts/escalationState.js';
import type { RecurrenceMember, RecurrenceSettings } from '../../../contracts/recurrence.js';
import type { Incident } from '../../../domain/incident/incident.js';
import { assignCluster } from '../../../domain/reviews/recurrence/assignCluster.js';
import { recurrenceScope } from '../../../domain/reviews/recurrence/recurrenceScope.js';
import type { Deps } from '../../shared/deps.js';
import { advanceProblem, type ProblemOutcome } from './advanceProblem.js';
import { hasRecurrence, recurrenceSettingsOrDefault } from './recurrenceDeps.js';

export type RecurrenceOutcome =
  | { kind: 'none'; reason: string }
  | { kind: 'recorded'; member: RecurrenceMember; problem: ProblemOutcome }
  | { kind: 'failed'; error: string };

/**
 * Adds a resolved escalated incident to its cluster of related incidents, once per incident
 * (claimed by key: duplicate events, retries and a reopen-and-resolve add nothing), then lets
 * the cluster open or extend its systemic problem. A failure is logged, not thrown: recurrence
 * must never stop the evaluation that carries the escalation itself.
 */
export async function recordRecurrence(deps: Deps, incident: Incident, state: EscalationState | null): Promise<RecurrenceOutcome> {
  if (!hasRecurrence(deps)) return { kind: 'none', reason: 'recurrence is not wired in' };
  if (state?.status !== 'resolved' || state.resolvedAt === null) return { kind: 'none', reason: 'no resolved escalation' };
  const scope = recurrenceScope(incident.service, incident.components);
  if (scope === null) return { kind: 'none', reason: 'no service or component to compare within' };
  const key = `recurrence:${incident.key}`;
  if (!(await deps.store.claimIntent(key, 300))) return { kind: 'none', reason: 'already recorded' };
  const store = deps.reviews.recurrence;
  let recorded: { member: RecurrenceMember; cluster: RecurrenceMember[]; settings: RecurrenceSettings };
  try {
    const [settings, { members }, origin, review] = await Promise.all([
      recurrenceSettingsOrDefault(store), store.listMembers(scope),
      deps.alerts.getIncidentOrigin(incident.key), deps.reviews.store.getReview(incident.key),
    ]);
    const member = assignCluster({
      incidentKey: incident.key, scope, summary: (incident.summary ?? '').slice(0, 255), at: state.resolvedAt,
      fingerprint: origin?.dedupKey ?? null, causeCategory: review?.content.rootCause.category ?? null,
    }, members, settings);
    await store.saveMember(member);
    await deps.store.completeIntent(key);
    recorded = { member, cluster: [...members.filter((m) => m.clusterId === member.clusterId), member], settings };
  } catch (e) {
    await deps.store.releaseIntent(key);
    return failed(incident.key, 'recurrence not recorded', e);
  }
  try {
    return { kind: 'recorded', member: recorded.member, problem: await advanceProblem(deps, recorded.cluster, recorded.settings) };
  } catch (e) {
    // The member is stored: the sweep finds its cluster and finishes the problem.
    return failed(incident.key, 'systemic problem not advanced', e);
  }
}

function failed(incidentKey: string, what: string, e: unknown): RecurrenceOutcome {
  const error = e instanceof Error ? e.message : String(e);
  console.error(`${incidentKey}: ${what}: ${error}`);
  return { kind: 'failed', error };
}
