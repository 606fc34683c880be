import type { Heartbeat } from '../../../contracts/heartbeat.js';
import { heartbeatAlert } from '../../../domain/alerts/heartbeats/heartbeatAlert.js';
import type { Deps } from '../../shared/deps.js';
import type { AlertResult, Pipeline } from '../ingest/pipeline.js';
import { processAlert } from '../ingest/processAlert.js';

/**
 * Sends a heartbeat's alert through its integration's normal pipeline: maintenance windows and
 * peak hours, dedup, enrichment, the priority matrix, the policy. A resumed heartbeat resolves
 * the incident its miss opened, whatever the integration does with its own resolved alerts.
 * Null when the integration is gone or disabled: there is no pipeline to send through.
 */
export async function sendHeartbeatAlert(deps: Deps, h: Heartbeat, status: 'firing' | 'resolved', detail: string): Promise<AlertResult | null> {
  const ctx = await deps.alerts.loadIngest(h.integrationId);
  if (!ctx || !ctx.integration.enabled) return null;
  const now = new Date(deps.clock.now());
  const p: Pipeline = {
    deps, integration: { ...ctx.integration, onResolved: 'resolve' }, settings: ctx.settings, config: null, now, counter: ctx.counter,
    dryRun: false, deliveryKey: null, ...(h.drill ? { drill: { by: `heartbeat:${h.id}` } } : {}),
  };
  return processAlert(p, heartbeatAlert(h, ctx.integration, status, now, detail));
}
