import type { EscalationState } from '../../contracts/escalationState.js';
import type { Incident } from '../../domain/incident/incident.js';
import type { FallbackClause, IncidentQuery } from '../../ports/incidentQuery.js';

/** Evaluates the sweep's due query the way the JQL the Jira adapter builds would. */
export function matchesQuery(q: Extract<IncidentQuery, { kind: 'due' }>, i: Incident, s: EscalationState | null, now: number): boolean {
  if (i.statusCategory === 'done') return false;
  if (q.projects.length && !q.projects.includes(i.projectKey)) return false;
  if (s !== null) return s.nextEvaluationEpochMs !== null && s.nextEvaluationEpochMs <= q.cutoffMs;
  return q.fallback.some((c) => fallbackMatches(c, i, now));
}

function fallbackMatches(c: FallbackClause, i: Incident, now: number): boolean {
  const sla = 'metric' in c ? i.slas.find((x) => x.metric === c.metric) : undefined;
  const running = sla !== undefined && !sla.paused && !sla.completed;
  switch (c.type) {
    case 'slaBreached':
      return sla !== undefined && (sla.breached || (running && sla.remainingMs <= 0));
    case 'slaRemainingBelow':
      return running && sla.remainingMs < c.minutes * 60_000;
    case 'slaRunning':
      return running;
    case 'createdBefore':
      return Date.parse(i.created) <= now - c.minutesAgo * 60_000;
    case 'updatedBefore':
      return Date.parse(i.updated) <= now - c.minutesAgo * 60_000;
  }
}
