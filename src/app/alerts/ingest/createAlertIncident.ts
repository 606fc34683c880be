import type { StoredDedup } from '../../../contracts/alertState.js';
import type { Alert } from '../../../domain/alerts/alert.js';
import { alertIncident, type AlertIncident } from '../../../domain/alerts/ingest/alertIncident.js';
import { describeUnset, dropRefusedFields, type IncidentDraft, type UnsetField } from '../../../domain/alerts/ingest/dropRefusedFields.js';
import { IncidentFieldsRefused } from '../../../ports/incidentFieldsRefused.js';
import { creationLabel } from '../../../domain/alerts/ingest/creationLabel.js';
import { serviceFacts } from '../../../domain/alerts/ingest/serviceFacts.js';
import { matrixPriority } from '../../../domain/priority/matrixPriority.js';
import { alertEvent } from './alertEvent.js';
import { liveGroups } from './correlateAlert.js';
import { CreationInProgress, deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';
import { repeatAlert } from './repeatAlert.js';
import { DRILL_LABEL } from '../../../contracts/drills.js';
import { markSubject } from '../../../domain/drills/drill/markDrill.js';
import { registerAlertDrill } from '../../drills/drill/registerAlertDrill.js';

/** Long enough for one create + commit; a creator that died frees the key after this. */
const CREATION_LEASE_SECONDS = 60;

/**
 * Opens the enriched incident for a new firing alert and starts its escalation at once, so
 * the first escalation decision already sees priority, service, owner and links.
 *
 * At most one incident per dedup key, even when deliveries race: creation is claimed
 * first-writer-wins; the loser is told to retry (503), and finds the winner's record then.
 * The claimant re-reads the record after claiming, since a racer may have finished between
 * its first read and its claim. If the invocation dies between creating the issue and saving
 * the record, the lease expires and the retry finds that issue by its creation label and
 * adopts it (see `openedEarlier`), so it does not open a second one.
 */
export async function createAlertIncident(p: Pipeline, alert: Alert): Promise<AlertResult> {
  const { alerts, host } = p.deps;
  const id = p.integration.id;
  p.config ??= await p.deps.store.getConfig();
  const facts = serviceFacts(p.config, alert.service);
  const incident = asDrill(p, alertIncident({ ...alert, service: facts.name }, p.integration, facts));
  const priority = p.config ? matrixPriority(p.config.matrix, incident.impact, incident.urgency) : null;
  if (p.dryRun) {
    return { ...result(alert, 'accepted', `would open an incident in ${p.integration.projectKey}${priority ? ` at ${priority}` : ''} and start its escalation`), wouldCreate: { ...incident, priority } };
  }
  if (!(await alerts.claimCreation(id, alert.dedupKey, CREATION_LEASE_SECONDS))) throw new CreationInProgress(alert.dedupKey);
  let key: string;
  let unset: UnsetField[] = [];
  try {
    const repeat = await repeatAlert(p, alert);
    if (repeat) return repeat;
    const earlier = await openedEarlier(p, incident, alert.dedupKey);
    if (earlier) key = earlier;
    else ({ key, unset } = await createLeniently(p, { ...incident, priority, labels: [...incident.labels, creationLabel(id, alert.dedupKey)] }));
    const at = p.now.toISOString();
    const record: StoredDedup = { dedupKey: alert.dedupKey, incidentKey: key, count: 1, openedAt: at, lastSeenAt: at, lastCommentAt: at, commentId: null };
    const groups = p.integration.correlation.length
      ? liveGroups([{ groupKey: alert.dedupKey, incidentKey: key, service: incident.service, labels: alert.labels, lastAlertAt: at }, ...(await alerts.listOpenGroups(id))], p.now)
      : undefined;
    await alerts.commit(deliveryWrite(p, 202, result(alert, 'accepted', opened(key, unset), key), alert.summary, {
      dedup: [{ dedupKey: alert.dedupKey, record }],
      sightings: [{ dedupKey: alert.dedupKey, list: null }],
      origins: [{ incidentKey: key, origin: { integrationId: id, dedupKey: alert.dedupKey, createdAt: at } }],
      ...(groups ? { groups } : {}),
    }));
  } finally {
    await alerts.releaseCreation(id, alert.dedupKey);
  }
  // Recorded as a drill before anything can page (the evaluation waits for the record).
  if (p.drill) await registerAlertDrill(p.deps, key, priority, p.drill.by);
  await alertEvent(p, key, 'alertReceived', `${alert.summary} opened this incident (${alert.source}, severity ${alert.severity})${unset.length ? `; Jira refused ${describeUnset(unset)}, left unset: ${unset.map((u) => u.why).join('; ')}` : ''}`);
  // The first evaluation (pages, bridge, subscriber emails) runs as a queue event right away,
  // not on the request path: a request of many alerts must still answer well inside the
  // webtrigger's 55 s.
  try {
    await p.deps.queue.scheduleEvaluation(key, 0, p.now.getTime());
  } catch (e) {
    // The alert and its incident are stored; the next sweep escalates it. Not worth a retry.
    console.error(`alert ingest: first evaluation of ${key} could not be queued`, e);
  }
  return result(alert, 'accepted', opened(key, unset), key);
}

/** A drill's incident says so in its summary and carries the drill label, like every drill. */
function asDrill(p: Pipeline, incident: AlertIncident): AlertIncident {
  return p.drill ? { ...incident, summary: markSubject(incident.summary), labels: [...incident.labels, DRILL_LABEL] } : incident;
}

const opened = (key: string, unset: readonly UnsetField[]) => (unset.length ? `opened ${key} without ${describeUnset(unset)} (Jira refused them)` : `opened ${key}`);

/**
 * Creates the incident; when Jira refuses only field values (an unknown component, priority,
 * request type or option), creates it again without them, the description saying what could
 * not be set and why. A valid alert is never left without its incident because of a field.
 * At most one retry per refusable field, so a Jira that keeps refusing ends in its error.
 */
async function createLeniently(p: Pipeline, input: IncidentDraft): Promise<{ key: string; unset: UnsetField[] }> {
  let draft = input;
  const unset: UnsetField[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      return { key: await p.deps.host.createIncident(draft), unset };
    } catch (e) {
      const next = e instanceof IncidentFieldsRefused && attempt < 5 ? dropRefusedFields(draft, e.fields) : null;
      if (!next) throw e;
      draft = next.draft;
      unset.push(...next.unset);
    }
  }
}

/**
 * An open incident a previous delivery of this key created but did not get to record (it died
 * in between): it carries the creation label but has no origin record, which is saved in the
 * same write as the dedup record. Incidents that were recorded (even if their dedup key was
 * freed since) are never adopted. One Jira search per creation, never on the duplicate path.
 */
async function openedEarlier(p: Pipeline, incident: AlertIncident, dedupKey: string): Promise<string | null> {
  const page = await p.deps.host.search({ kind: 'openWithLabel', label: creationLabel(p.integration.id, dedupKey), projects: [incident.projectKey] }, null);
  for (const { incident: found } of page.records) {
    if ((await p.deps.alerts.getIncidentOrigin(found.key)) === null) return found.key;
  }
  return null;
}
