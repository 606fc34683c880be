import { formatInstant } from '../escalation/instant.js';
import type { Incident, SlaClock } from '../incident/incident.js';

/** An incident that does not exist: what the simulator and the backtest feed the engine. */
export interface HypotheticalIncident {
  key: string;
  projectKey: string;
  requestType: string | null;
  service: string | null;
  components: readonly string[];
  labels: readonly string[];
  impact: string | null;
  urgency: string | null;
  createdAt: number;
  /** SLA goals as JSM would set them; the clocks run in wall-clock time from creation. */
  slaGoals: readonly { metric: string; goalMs: number }[];
  /** Policy id → whether Jira says the incident matches that policy's scope JQL. */
  scopeJqlMatches?: Readonly<Record<string, boolean>>;
}

/** What the simulated incident looks like at one instant, besides its fixed facts. */
export interface IncidentFacts {
  assigneeAccountId: string | null;
  /** Last time the app wrote to the issue (a comment, a label): Jira moves `updated` then. */
  updatedAt: number;
  resolved: boolean;
}

/**
 * The incident as the engine would read it from Jira at `now`. SLA clocks count wall-clock
 * time since creation and stop at resolution: JSM's own SLA calendars are not known here, so
 * a goal on a business-hours calendar runs early in the simulation (documented in the view).
 */
export function incidentAt(h: HypotheticalIncident, facts: IncidentFacts, now: number): Incident {
  const elapsed = Math.max(0, now - h.createdAt);
  const slas: SlaClock[] = h.slaGoals.map((g) => ({
    metric: g.metric, goalMs: g.goalMs, elapsedMs: elapsed, remainingMs: g.goalMs - elapsed,
    breached: elapsed > g.goalMs, paused: false, completed: facts.resolved,
  }));
  // The engine's own formatter: Date#toISOString on every evaluation was the replay's largest cost.
  const created = formatInstant(h.createdAt);
  return {
    key: h.key, projectKey: h.projectKey, requestType: h.requestType, service: h.service, components: h.components,
    labels: h.labels, impact: h.impact, urgency: h.urgency, statusCategory: facts.resolved ? 'done' : 'new',
    created, updated: facts.updatedAt > h.createdAt ? formatInstant(facts.updatedAt) : created,
    assigneeAccountId: facts.assigneeAccountId, unassignedSince: facts.assigneeAccountId === null ? created : null, slas,
    ...(h.scopeJqlMatches ? { scopeJqlMatches: h.scopeJqlMatches } : {}),
  };
}
