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

/** The dashboard's query: escalations in progress, or resolved and updated within `days`. */
export function isEscalated(i: Incident, s: EscalationState | null, days: number, now: number): boolean {
  if (!s) return false;
  if (s.status === 'active' || s.status === 'acknowledged') return true;
  return s.status === 'resolved' && Date.parse(i.updated) >= now - days * 86_400_000;
}

/** Open incidents carrying a label, as `labels = "x" AND statusCategory != Done` would find. */
export function isOpenWithLabel(q: Extract<IncidentQuery, { kind: 'openWithLabel' }>, i: Incident): boolean {
  return i.statusCategory !== 'done' && i.labels.includes(q.label) && (!q.projects.length || q.projects.includes(i.projectKey));
}
