import type { Alert } from '../alert.js';

/** An incident currently collecting related alerts. */
export interface OpenGroup {
  groupKey: string;
  incidentKey: string;
  service: string | null;
  labels: Record<string, string>;
  lastAlertAt: string;
}

export type CorrelationRule =
  | { id: string; kind: 'same-service'; withinMinutes: number }
  /** Same values for `keys` (all must be present on both), or the identical label set if `keys` is empty. */
  | { id: string; kind: 'same-labels'; keys: string[] };

export type Correlation =
  | { kind: 'join'; groupKey: string; incidentKey: string; ruleId: string }
  | { kind: 'new-group' };

/**
 * Finds the open group a firing alert belongs to. Rules are tried in order and the first that
 * matches any group wins; among its matches the most recently active group is chosen, since
 * that is the one responders are looking at. Resolved alerts never join: they close by dedup key.
 *
 * @example
 * correlate(alert, [{ groupKey: 'g1', incidentKey: 'OPS-1', service: 'api', labels: {}, lastAlertAt: '2026-05-01T10:00:00Z' }],
 *   [{ id: 'svc', kind: 'same-service', withinMinutes: 15 }], new Date('2026-05-01T10:05:00Z'))
 * // => { kind: 'join', groupKey: 'g1', incidentKey: 'OPS-1', ruleId: 'svc' } when alert.service is 'api'
 */
export function correlate(
  alert: Pick<Alert, 'status' | 'service' | 'labels'>,
  openGroups: readonly OpenGroup[],
  rules: readonly CorrelationRule[],
  now: Date,
): Correlation {
  if (alert.status !== 'firing') return { kind: 'new-group' };
  for (const rule of rules) {
    const matches = openGroups.filter((g) => matchesRule(alert, g, rule, now));
    const best = matches.reduce<OpenGroup | null>((a, g) => (a === null || Date.parse(g.lastAlertAt) > Date.parse(a.lastAlertAt) ? g : a), null);
    if (best) return { kind: 'join', groupKey: best.groupKey, incidentKey: best.incidentKey, ruleId: rule.id };
  }
  return { kind: 'new-group' };
}

function matchesRule(alert: Pick<Alert, 'service' | 'labels'>, group: OpenGroup, rule: CorrelationRule, now: Date): boolean {
  if (rule.kind === 'same-service') {
    const age = now.getTime() - Date.parse(group.lastAlertAt);
    // A null service is "unknown", not a service shared by every unlabelled alert.
    return alert.service !== null && alert.service === group.service && age >= 0 && age <= rule.withinMinutes * 60_000;
  }
  if (rule.keys.length === 0) return sameLabelSet(alert.labels, group.labels);
  return rule.keys.every((k) => alert.labels[k] !== undefined && alert.labels[k] === group.labels[k]);
}

function sameLabelSet(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  // Two unlabelled alerts share nothing worth grouping on.
  return keys.length > 0 && keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
