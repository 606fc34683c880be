import { createHash } from 'node:crypto';
import type { Alert } from '../../../domain/alerts/alert.js';
import { normalisers } from '../../../domain/alerts/formats/normalisers.js';
import { confirmSnsSubscription } from './confirmSnsSubscription.js';
import { refuse, respond, type IngestOutcome } from './ingestResponse.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';
import { processAlert } from './processAlert.js';
import { takeRate } from '../../../domain/alerts/ingest/rateWindow.js';

/** Alerts one request may carry: each may open an incident, and the webtrigger has 55 s. */
export const MAX_ALERTS_PER_REQUEST = 100;

/**
 * An authenticated, parsed body through the pipeline: normalise it with the integration's
 * format, handle an SNS handshake, refuse more than `MAX_ALERTS_PER_REQUEST` alerts (413),
 * count the alerts against the integration's rate (`rateLimited`, the endpoint), then each
 * alert in turn. Shared by the endpoint and by "send test alert", which reaches here without
 * credentials because an admin asked.
 */
export async function runAlerts(p: Pipeline, body: unknown, opts: { rateLimited?: boolean } = {}): Promise<IngestOutcome> {
  const { integration } = p;
  const normalised = normalisers[integration.format](body, { integration: integration.id, service: integration.service, receivedAt: p.now.toISOString(), snsRawDelivery: integration.snsRawDelivery });
  if (!normalised.ok) {
    const first = normalised.errors[0];
    return recorded(p, 400, `body.${first?.field ?? '(root)'}: ${first?.message ?? 'invalid'}`, {}, normalised.errors);
  }
  if (normalised.confirmation) {
    const res = await confirmSnsSubscription(p, normalised.confirmation);
    return { ...respond(res.status, { status: res.result.outcome, reason: res.result.reason }), results: [res.result] };
  }
  if (normalised.alerts.length === 0) return recorded(p, 202, 'no alerts in the payload', {}, [], 'ignored');
  const n = normalised.alerts.length;
  if (n > MAX_ALERTS_PER_REQUEST) return recorded(p, 413, `body.alerts: ${n} alerts in one request; at most ${MAX_ALERTS_PER_REQUEST} are accepted`);
  if (opts.rateLimited) {
    const limit = p.integration.rateLimitPerMinute;
    if (n > limit) return recorded(p, 413, `body.alerts: ${n} alerts in one request; the integration accepts at most ${limit} a minute`);
    const rate = takeRate(p.counter, p.now, limit, n);
    p.counter = rate.counter;
    if (!rate.allowed) {
      const retry = String(rate.retryAfterSeconds);
      return recorded(p, 429, `over ${limit} alerts a minute (${n} in this request, ${rate.left} left); retry after ${retry} s`, { 'Retry-After': retry });
    }
  }
  const results: AlertResult[] = [];
  for (const alert of normalised.alerts) {
    // Per-alert idempotency: when a multi-alert request fails part-way (a 503), the sender
    // resends all of it; the alerts applied the first time are then skipped, not counted twice.
    const marker = n > 1 && !p.dryRun && p.deliveryKey ? appliedKey(p, alert) : null;
    if (marker && (await p.deps.store.wasUsed(marker))) {
      results.push(result(alert, 'deduplicated', 'already applied by an earlier attempt of this delivery'));
      continue;
    }
    results.push(await processAlert(p, withMappedService(alert, integration.serviceLabel)));
    if (marker) await p.deps.store.useOnce(marker, APPLIED_TTL_SECONDS);
  }
  return { ...respond(p.dryRun ? 200 : 202, { status: p.dryRun ? 'dry-run' : 'accepted', results: results.map(publicResult), ...(normalised.note ? { note: normalised.note } : {}) }), results };
}

/** An authenticated request's refusal (or empty payload), recorded as a delivery admins can see. */
export async function recorded(p: Pipeline, status: number, reason: string, headers: Record<string, string> = {}, errors: Parameters<typeof refuse>[2] = [], outcome: 'refused' | 'ignored' = 'refused'): Promise<IngestOutcome> {
  const r = result(null, outcome, reason);
  if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, status, r, null));
  const res = status >= 400 ? refuse(status, reason, errors, headers) : respond(status, { status: outcome, reason }, headers);
  return { ...res, results: [r] };
}

/** Long enough for any sender's retries of one delivery; a resend after it is a repeat again. */
const APPLIED_TTL_SECONDS = 3600;

function appliedKey(p: Pipeline, alert: Alert): string {
  // KVS keys allow few characters: the dedup key (free text) is hashed with the delivery's.
  const h = createHash('sha256').update(`${p.deliveryKey}\n${alert.dedupKey}\n${alert.status}`).digest('hex').slice(0, 40);
  return `alert-applied:${p.integration.id}:${h}`;
}

function withMappedService(alert: Alert, serviceLabel: string | null): Alert {
  const v = serviceLabel === null ? undefined : alert.labels[serviceLabel];
  return v ? { ...alert, service: v } : alert;
}

const publicResult = (r: AlertResult) => ({ dedupKey: r.dedupKey, outcome: r.outcome, reason: r.reason, incidentKey: r.incidentKey, ...(r.wouldCreate ? { wouldCreate: r.wouldCreate } : {}) });
