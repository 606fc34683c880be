import type { Policy } from '../../contracts/policy.js';
import type { FallbackClause, IncidentQuery } from '../../ports/incidentQuery.js';

/**
 * The sweep's question to Jira, built from the enabled policies: incidents whose stored next
 * evaluation has come, and, for incidents never evaluated, the SLA and age conditions that
 * any trigger could already satisfy. Thresholds are widened by the tightest criticality
 * factor so the fallback never misses an incident a tightened trigger would catch.
 */
export function dueQuery(policies: readonly Policy[], cutoffMs: number, minFactor: number): IncidentQuery {
  const enabled = policies.filter((p) => p.enabled);
  const anyProject = enabled.some((p) => p.scope.projects.length === 0);
  const projects = anyProject ? [] : [...new Set(enabled.flatMap((p) => p.scope.projects))].sort();
  const clauses = new Map<string, FallbackClause>();
  const add = (c: FallbackClause) => clauses.set(JSON.stringify(c), c);
  for (const t of enabled.flatMap((p) => p.triggers)) {
    switch (t.type) {
      case 'slaBreached':
        add({ type: 'slaBreached', metric: t.metric });
        break;
      case 'slaRemaining':
        add({ type: 'slaRemainingBelow', metric: t.metric, minutes: Math.ceil(t.remainingMinutes / minFactor) });
        break;
      case 'slaPercent':
        // JQL cannot express "percent of goal", so any running clock of that metric qualifies.
        add({ type: 'slaRunning', metric: t.metric });
        break;
      case 'timeSinceCreated':
      case 'notAcknowledgedWithin':
        add({ type: 'createdBefore', minutesAgo: Math.floor(t.minutes * minFactor) });
        break;
      case 'timeSinceUpdated':
        add({ type: 'updatedBefore', minutesAgo: Math.floor(t.minutes * minFactor) });
        break;
      case 'unassignedFor':
        add({ type: 'createdBefore', minutesAgo: Math.floor(t.minutes * minFactor) });
        break;
      case 'priorityAtLeast':
        // Priority triggers fire on the created/updated events; no sweep clause needed.
        break;
      case 'manual':
        break;
    }
  }
  return { kind: 'due', cutoffMs, projects, fallback: [...clauses.values()] };
}
