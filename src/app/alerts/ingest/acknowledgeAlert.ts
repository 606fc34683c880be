import type { Alert } from '../../../domain/alerts/alert.js';
import { acknowledgeAsApp } from '../../escalation/incidentCommands.js';
import { AppError } from '../../shared/appError.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

/**
 * A sender's acknowledgement (Events v2 `acknowledge`): the incident its dedup key opened gets
 * an internal comment and its escalation is acknowledged, so nobody else is paged. With no open
 * incident for the key it is recorded as ignored, never dropped silently.
 */
export async function acknowledgeAlert(p: Pipeline, alert: Alert): Promise<AlertResult> {
  const open = await p.deps.alerts.getDedup(p.integration.id, alert.dedupKey);
  if (!open) {
    const r = result(alert, 'ignored', 'acknowledgement with no open incident for its dedup key');
    if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, 202, r, alert.summary));
    return r;
  }
  if (p.dryRun) return result(alert, 'accepted', `would acknowledge ${open.incidentKey}`, open.incidentKey);
  let note = '';
  try {
    await acknowledgeAsApp(p.deps, open.incidentKey, `integration:${p.integration.id}`);
  } catch (e) {
    // Nothing escalating (no policy, or already acknowledged) is not a failure of the alert.
    if (!(e instanceof AppError)) throw e;
    note = ` (escalation not acknowledged: ${e.message})`;
  }
  await p.deps.host.addInternalComment(open.incidentKey, `Alert acknowledged by the sender at ${alert.receivedAt} (dedup key ${alert.dedupKey}).${note}`);
  const r = result(alert, 'accepted', `acknowledged ${open.incidentKey}${note}`, open.incidentKey);
  await p.deps.alerts.commit(deliveryWrite(p, 202, r, alert.summary));
  return r;
}
