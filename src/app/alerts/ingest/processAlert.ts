import type { Alert } from '../../../domain/alerts/alert.js';
import { suppression } from '../../../domain/alerts/ingest/suppression.js';
import { acknowledgeAlert } from './acknowledgeAlert.js';
import { correlateAlert } from './correlateAlert.js';
import { createAlertIncident } from './createAlertIncident.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';
import { repeatAlert } from './repeatAlert.js';
import { resolveAlert } from './resolveAlert.js';
import { sustainAlert } from './sustainAlert.js';

/**
 * One alert through the pipeline, in the order the decisions depend on each other:
 * suppression → dedup (repeat or resolve) → correlation → sustain → a new incident.
 * Every branch records a delivery, so no alert disappears without trace.
 */
export async function processAlert(p: Pipeline, alert: Alert): Promise<AlertResult> {
  // An acknowledgement acts on an incident already open; a maintenance window has nothing to hold back.
  if (alert.status === 'acknowledged') return acknowledgeAlert(p, alert);
  const s = suppression(alert, p.settings.maintenanceWindows, p.settings.peakHours, p.now);
  if (s.suppressed) {
    const r = result(alert, 'suppressed', `${p.dryRun ? 'would be suppressed' : 'suppressed'} by ${s.by} rule ${s.ruleId}: ${s.reason}`);
    if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, 202, r, alert.summary));
    return r;
  }
  if (alert.status === 'resolved') return resolveAlert(p, alert);
  return (await repeatAlert(p, alert)) ?? (await correlateAlert(p, alert)) ?? (await sustainAlert(p, alert)) ?? createAlertIncident(p, alert);
}
