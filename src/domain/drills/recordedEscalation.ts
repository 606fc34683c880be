import type { EventLogEntry } from '../../contracts/events.js';
import type { Incident } from '../incident/incident.js';
import type { HypotheticalIncident } from './hypotheticalIncident.js';

/** What history says about one escalated incident, as the backtest replays it. */
export interface RecordedEscalation {
  incident: HypotheticalIncident;
  summary: string;
  policyId: string;
  policyVersion: number;
  /** How long after the first recorded page someone acknowledged; null if nobody did after a page. */
  ackAfterFirstPageMs: number | null;
  acknowledgedBy: string | null;
  resolvedAt: number | null;
}

const PAGES = new Set<EventLogEntry['type']>(['paged', 'levelChanged', 'repeated', 'backupPaged']);

/**
 * Reads an incident's recorded events: the policy version it escalated under (the first
 * episode's), the first page, the first acknowledgement and the resolution. Null when it
 * never escalated under a policy. Responders are replayed as taking the same time after the
 * first page, whatever policy paged them.
 */
export function recordedEscalation(incident: Incident, events: readonly EventLogEntry[]): RecordedEscalation | null {
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
  const start = sorted.find((e) => (e.type === 'triggered' || e.type === 'manualEscalation') && e.policyId !== null && e.policyVersion !== null);
  if (!start) return null;
  const firstPage = sorted.find((e) => PAGES.has(e.type));
  const ack = sorted.find((e) => e.type === 'acknowledged');
  const resolved = sorted.find((e) => e.type === 'resolved');
  const pageAt = firstPage ? Date.parse(firstPage.at) : null;
  const ackAt = ack ? Date.parse(ack.at) : null;
  return {
    incident: {
      key: incident.key, projectKey: incident.projectKey, requestType: incident.requestType, service: incident.service,
      components: incident.components, labels: incident.labels, impact: incident.impact, urgency: incident.urgency,
      createdAt: Date.parse(incident.created), slaGoals: incident.slas.map((s) => ({ metric: s.metric, goalMs: s.goalMs })),
      ...(incident.scopeJqlMatches ? { scopeJqlMatches: incident.scopeJqlMatches } : {}),
    },
    summary: incident.summary ?? incident.key,
    policyId: start.policyId!,
    policyVersion: start.policyVersion!,
    ackAfterFirstPageMs: pageAt !== null && ackAt !== null ? Math.max(0, ackAt - pageAt) : null,
    acknowledgedBy: ack?.actor ?? null,
    resolvedAt: resolved ? Date.parse(resolved.at) : incident.statusCategory === 'done' ? Date.parse(incident.updated) : null,
  };
}
