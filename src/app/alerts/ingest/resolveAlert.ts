import type { Alert } from '../../../domain/alerts/alert.js';
import { AppError } from '../../shared/appError.js';
import { standDownAsApp } from '../../escalation/incidentCommands.js';
import { alertEvent } from './alertEvent.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

/**
 * A resolved alert: it always annotates its incident (comment + timeline entry), and per the
 * integration also resolves the incident or stops its escalation. With nothing open for its
 * dedup key it is recorded as ignored, never dropped silently.
 */
export async function resolveAlert(p: Pipeline, alert: Alert): Promise<AlertResult> {
  const { alerts, host } = p.deps;
  const id = p.integration.id;
  const open = await alerts.getDedup(id, alert.dedupKey);
  const sightings = (await alerts.getSightings(id, alert.dedupKey)).length ? [{ dedupKey: alert.dedupKey, list: null }] : [];
  if (!open) {
    const r = result(alert, 'ignored', 'resolved alert with no open incident for its dedup key');
    if (!p.dryRun) await alerts.commit(deliveryWrite(p, 202, r, alert.summary, { sightings }));
    return r;
  }
  const action = p.integration.onResolved;
  const then = action === 'resolve' ? ` and resolved it (${p.integration.resolveTransition})` : action === 'stop-escalation' ? ' and stopped its escalation' : '';
  if (p.dryRun) return result(alert, 'accepted', `would annotate ${open.incidentKey}${then.replace(/ and (\w+)/, ' and would $1')}`, open.incidentKey);

  await host.addInternalComment(open.incidentKey, `Alert resolved at ${alert.receivedAt}: ${alert.summary} (dedup key ${alert.dedupKey}, ${open.count} alert(s) in total).`);
  let note = '';
  if (action === 'resolve') await host.transition(open.incidentKey, p.integration.resolveTransition);
  if (action === 'stop-escalation') {
    try {
      await standDownAsApp(p.deps, open.incidentKey, `integration:${id}`, `Alert ${alert.dedupKey} resolved`);
    } catch (e) {
      // Nothing to stop (no policy, or never escalated) is not a failure of the alert.
      if (!(e instanceof AppError)) throw e;
      note = ` (escalation not stopped: ${e.message})`;
    }
  }
  // A resolved incident frees its dedup key; an incident left open keeps collecting repeats.
  const dedup = action === 'resolve' ? [{ dedupKey: alert.dedupKey, record: null }] : [];
  const r = result(alert, 'accepted', `annotated ${open.incidentKey}${then}${note}`, open.incidentKey);
  await alerts.commit(deliveryWrite(p, 202, r, alert.summary, { dedup, sightings }));
  await alertEvent(p, open.incidentKey, 'alertResolved', `${alert.summary} (${alert.dedupKey})${then}`);
  return r;
}
