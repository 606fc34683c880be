import type { Criticality, PathName, Priority } from '../../contracts/common.js';
import type { Policy } from '../../contracts/policy.js';

export interface PathFacts {
  priority: Priority;
  impact: string | null;
  urgency: string | null;
  criticality: Criticality | null;
}

/**
 * First path rule whose every condition holds chooses the path; otherwise the default path.
 *
 * @example rule {when: {priorities: ['P1']}, path: 'executive'} sends a P1 to executives.
 */
export function choosePath(policy: Policy, facts: PathFacts): { path: PathName; reason: () => string } {
  for (const [i, rule] of policy.pathRules.entries()) {
    const w = rule.when;
    if (w.priorities && !w.priorities.includes(facts.priority)) continue;
    if (w.impacts && !includesLabel(w.impacts, facts.impact)) continue;
    if (w.urgencies && !includesLabel(w.urgencies, facts.urgency)) continue;
    if (w.criticalities && (facts.criticality === null || !w.criticalities.includes(facts.criticality))) continue;
    return { path: rule.path, reason: () => `path rule ${i + 1} (${describe(rule.when)}) chose the ${rule.path} path` };
  }
  return { path: policy.defaultPath, reason: () => `no path rule matched, so the default ${policy.defaultPath} path` };
}

function includesLabel(labels: readonly string[], value: string | null): boolean {
  return value !== null && labels.some((l) => l.toLowerCase() === value.toLowerCase());
}

function describe(w: Policy['pathRules'][number]['when']): string {
  const parts = [
    w.priorities && `priority in ${w.priorities.join('/')}`,
    w.impacts && `impact in ${w.impacts.join('/')}`,
    w.urgencies && `urgency in ${w.urgencies.join('/')}`,
    w.criticalities && `criticality in ${w.criticalities.join('/')}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'always';
}
