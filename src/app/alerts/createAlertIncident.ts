import type { StoredDedup } from '../../contracts/alertState.js';
import type { Alert } from '../../domain/alerts/alert.js';
import { alertIncident } from '../../domain/alerts/alertIncident.js';
import { serviceFacts } from '../../domain/alerts/serviceFacts.js';
import { matrixPriority } from '../../domain/priority/matrixPriority.js';
import { evaluateIncident } from '../evaluateIncident.js';
import { alertEvent } from './alertEvent.js';
import { liveGroups } from './correlateAlert.js';
import { CreationInProgress, deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';
import { repeatAlert } from './repeatAlert.js';

/** Long enough for one create + commit; a creator that died frees the key after this. */
const CREATION_LEASE_SECONDS = 60;

/**
 * Opens the enriched incident for a new firing alert and starts its escalation at once, so
 * the first escalation decision already sees priority, service, owner and links.
 *
 * At most one incident per dedup key, even when deliveries race: creation is claimed
 * first-writer-wins; the loser is told to retry (503), and finds the winner's record then.
 * The claimant re-reads the record after claiming, since a racer may have finished between
 * its first read and its claim. (If the invocation dies between creating the issue and saving
 * the record, the lease expires and a retry opens a second issue: rare, and never a lost alert.)
 */
export async function createAlertIncident(p: Pipeline, alert: Alert): Promise<AlertResult> {
  const { alerts, host } = p.deps;
  const id = p.integration.id;
  p.config ??= await p.deps.store.getConfig();
  const facts = serviceFacts(p.config, alert.service);
  const incident = alertIncident({ ...alert, service: facts.name }, p.integration, facts);
  if (p.dryRun) {
    const priority = p.config ? matrixPriority(p.config.matrix, incident.impact, incident.urgency) : null;
    return { ...result(alert, 'accepted', `would open an incident in ${p.integration.projectKey}${priority ? ` at ${priority}` : ''} and start its escalation`), wouldCreate: { ...incident, priority } };
  }
  if (!(await alerts.claimCreation(id, alert.dedupKey, CREATION_LEASE_SECONDS))) throw new CreationInProgress(alert.dedupKey);
  let key: string;
  try {
    const repeat = await repeatAlert(p, alert);
    if (repeat) return repeat;
    key = await host.createIncident(incident);
    const at = p.now.toISOString();
    const record: StoredDedup = { dedupKey: alert.dedupKey, incidentKey: key, count: 1, openedAt: at, lastSeenAt: at, lastCommentAt: at, commentId: null };
    const groups = p.integration.correlation.length
      ? liveGroups([{ groupKey: alert.dedupKey, incidentKey: key, service: incident.service, labels: alert.labels, lastAlertAt: at }, ...(await alerts.listOpenGroups(id))], p.now)
      : undefined;
    await alerts.commit(deliveryWrite(p, 202, result(alert, 'accepted', `opened ${key}`, key), alert.summary, {
      dedup: [{ dedupKey: alert.dedupKey, record }],
      sightings: [{ dedupKey: alert.dedupKey, list: null }],
      origins: [{ incidentKey: key, origin: { integrationId: id, dedupKey: alert.dedupKey, createdAt: at } }],
      ...(groups ? { groups } : {}),
    }));
  } finally {
    await alerts.releaseCreation(id, alert.dedupKey);
  }
  await alertEvent(p, key, 'alertReceived', `${alert.summary} opened this incident (${alert.source}, severity ${alert.severity})`);
  try {
    await evaluateIncident(p.deps, key);
  } catch (e) {
    // The alert and its incident are stored; the next sweep escalates it. Not worth a retry.
    console.error(`alert ingest: first evaluation of ${key} failed`, e);
  }
  return result(alert, 'accepted', `opened ${key}`, key);
}
