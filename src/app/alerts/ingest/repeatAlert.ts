import type { StoredDedup } from '../../../contracts/alertState.js';
import type { Alert } from '../../../domain/alerts/alert.js';
import { rolledUpComment } from '../../../domain/alerts/ingest/alertIncident.js';
import { dedupDecision } from '../../../domain/alerts/ingest/dedupDecision.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

/**
 * A firing alert whose dedup key already has an open incident: one store call bumps the count
 * and records the delivery. Only when the debounce has passed does the rolled-up comment get
 * updated (one Jira request) and its time saved. Null when no incident is open for the key.
 */
export async function repeatAlert(p: Pipeline, alert: Alert): Promise<AlertResult | null> {
  const { alerts } = p.deps;
  if (p.dryRun) {
    const open = await alerts.getDedup(p.integration.id, alert.dedupKey);
    return open && result(alert, 'deduplicated', `would count as repeat ${open.count + 1} of ${open.incidentKey}`, open.incidentKey);
  }
  const counterBefore = p.counter;
  const write = deliveryWrite(p, 202, result(alert, 'deduplicated', 'repeat of an open incident'), alert.summary);
  const bumped = await alerts.bumpDedup(p.integration.id, alert.dedupKey, p.now.toISOString(), write);
  if (!bumped) {
    p.counter = counterBefore;
    return null;
  }
  // The record as it was before this alert, so the debounce counts from the last comment.
  const decision = dedupDecision({ ...bumped, count: bumped.count - 1 }, alert, p.now, p.integration.dedupDebounceSeconds);
  if (decision.kind === 'repeat' && decision.commentDue) await updateRollup(p, bumped);
  return result(alert, 'deduplicated', `repeat ${bumped.count} of ${bumped.incidentKey}`, bumped.incidentKey);
}

async function updateRollup(p: Pipeline, record: StoredDedup): Promise<void> {
  const body = rolledUpComment(record.dedupKey, record.count, record.openedAt, record.lastSeenAt);
  const commentId = await p.deps.host.upsertInternalComment(record.incidentKey, record.commentId, body);
  const updated: StoredDedup = { ...record, commentId, lastCommentAt: p.now.toISOString() };
  await p.deps.alerts.commit({ integrationId: p.integration.id, counter: p.counter, deliveries: [], dedup: [{ dedupKey: record.dedupKey, record: updated }] });
}
