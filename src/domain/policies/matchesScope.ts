import type { Policy } from '../../contracts/policy.js';
import type { Incident } from '../incident/incident.js';

/**
 * Whether a policy covers an incident. Empty lists mean "any". The JQL part is answered by
 * Jira and arrives on the incident, because only Jira can evaluate JQL faithfully.
 */
export function matchesScope(policy: Policy, incident: Incident): { matches: boolean; reason: string } {
  const s = policy.scope;
  if (!policy.enabled) return { matches: false, reason: `policy "${policy.name}" is disabled` };
  if (s.projects.length && !s.projects.includes(incident.projectKey)) {
    return { matches: false, reason: `project ${incident.projectKey} is not in the policy's scope` };
  }
  if (s.requestTypes.length && (incident.requestType === null || !s.requestTypes.includes(incident.requestType))) {
    return { matches: false, reason: `request type ${incident.requestType ?? '(none)'} is not in scope` };
  }
  if (s.services.length && (incident.service === null || !s.services.includes(incident.service))) {
    return { matches: false, reason: `service ${incident.service ?? '(none)'} is not in scope` };
  }
  // An unanswered JQL scope does not match: we never guess what Jira would say.
  if (s.jql !== undefined && incident.scopeJqlMatches?.[policy.id] !== true) {
    return { matches: false, reason: `the incident does not match the scope JQL` };
  }
  return { matches: true, reason: `policy "${policy.name}" covers ${incident.key}` };
}

/** The enabled policy with the lowest rank (then id) whose scope covers the incident. */
export function choosePolicy(policies: readonly Policy[], incident: Incident): Policy | null {
  const sorted = [...policies].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  return sorted.find((p) => matchesScope(p, incident).matches) ?? null;
}
