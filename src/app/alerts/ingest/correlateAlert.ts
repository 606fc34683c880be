import type { Alert } from '../../../domain/alerts/alert.js';
import { correlate, type OpenGroup } from '../../../domain/alerts/ingest/correlate.js';
import { alertEvent } from './alertEvent.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

const GROUP_MAX_AGE_MS = 24 * 3_600_000;
const GROUPS_KEPT = 50;

/** Groups still worth joining: active in the last day, the most recent fifty. */
export function liveGroups(groups: readonly OpenGroup[], now: Date): OpenGroup[] {
  return groups
    .filter((g) => now.getTime() - Date.parse(g.lastAlertAt) <= GROUP_MAX_AGE_MS)
    .sort((a, b) => Date.parse(b.lastAlertAt) - Date.parse(a.lastAlertAt))
    .slice(0, GROUPS_KEPT);
}

/**
 * A new firing alert that a correlation rule ties to an incident already collecting alerts:
 * it joins that incident (comment + timeline entry) instead of opening its own, and its dedup
 * key now points there so its repeats roll up into the same incident. Null when no rule matches.
 */
export async function correlateAlert(p: Pipeline, alert: Alert): Promise<AlertResult | null> {
  if (p.integration.correlation.length === 0) return null;
  const { alerts, host } = p.deps;
  const groups = liveGroups(await alerts.listOpenGroups(p.integration.id), p.now);
  const c = correlate(alert, groups, p.integration.correlation, p.now);
  if (c.kind !== 'join') return null;
  const reason = `joined ${c.incidentKey} by correlation rule ${c.ruleId}`;
  if (p.dryRun) return result(alert, 'accepted', `would join ${c.incidentKey} by correlation rule ${c.ruleId}`, c.incidentKey);

  await host.addInternalComment(c.incidentKey, `Related alert joined by rule ${c.ruleId}: ${alert.summary} (source ${alert.source}, dedup key ${alert.dedupKey}${alert.host ? `, host ${alert.host}` : ''}).`);
  const at = p.now.toISOString();
  const r = result(alert, 'accepted', reason, c.incidentKey);
  await alerts.commit(deliveryWrite(p, 202, r, alert.summary, {
    dedup: [{ dedupKey: alert.dedupKey, record: { dedupKey: alert.dedupKey, incidentKey: c.incidentKey, count: 1, openedAt: at, lastSeenAt: at, lastCommentAt: at, commentId: null } }],
    sightings: [{ dedupKey: alert.dedupKey, list: null }],
    groups: groups.map((g) => (g.groupKey === c.groupKey ? { ...g, lastAlertAt: at } : g)),
  }));
  await alertEvent(p, c.incidentKey, 'alertReceived', `${alert.summary} joined by rule ${c.ruleId}`);
  return r;
}
