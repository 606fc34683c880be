import type { Incident } from '../../domain/incident/incident.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import type { Deps } from '../shared/deps.js';

/**
 * Asks Jira whether the incident matches each candidate policy's scope JQL: one request per
 * enabled policy that has one, none at all otherwise.
 */
export async function withScopeJql(deps: Pick<Deps, 'host'>, incident: Incident, candidates: readonly PolicyVersionRecord[]): Promise<Incident> {
  const withJql = candidates.filter((c) => c.policy.enabled && c.policy.scope.jql);
  if (!withJql.length) return incident;
  const answers: Record<string, boolean> = {};
  for (const c of withJql) answers[c.policy.id] = await deps.host.matchesJql(incident.key, c.policy.scope.jql!);
  return { ...incident, scopeJqlMatches: answers };
}
