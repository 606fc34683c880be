import { hmacSignature } from '../../../domain/alerts/auth/hmacSignature.js';
import type { Deps } from '../../shared/deps.js';
import { onceOnly } from '../../shared/onceOnly.js';

export type SourceEvent = 'acknowledged' | 'resolved';

/** A claimed notification is never sent twice; the claim outlives any retry of the caller. */
const CLAIM_SECONDS = 3600;

/**
 * Tells the monitoring tool that opened an incident that it was acknowledged or resolved in
 * Jira, through the integration's outbound webhook: exactly one attempt per incident and
 * event (a claimed key), signed like inbound requests (X-Signature-Timestamp, X-Signature:
 * HMAC-SHA256 of `${timestamp}.${body}` with the integration secret) so the tool can check it
 * came from us. The outcome is recorded in the integration's deliveries. A resolved incident
 * also frees its dedup key, so the alert firing again opens a new incident.
 *
 * Never throws: the acknowledgement or evaluation that called it has already happened, and a
 * webhook failure must not undo or fail it.
 */
export async function notifySource(deps: Deps, incidentKey: string, event: SourceEvent): Promise<void> {
  try {
    const origin = await deps.alerts.getIncidentOrigin(incidentKey);
    if (!origin) return;
    if (event === 'resolved') await deps.alerts.closeIncident(incidentKey);
    const ctx = await deps.alerts.loadIngest(origin.integrationId);
    const hook = ctx?.integration.outboundWebhook;
    if (!ctx || !hook || !hook.on.includes(event)) return;
    const now = new Date(deps.clock.now());
    let outcome: { ok: boolean; status: number; reason: string } | null = null;
    // The claim covers the send only: the delivery record is written after it is completed, so a
    // failure to record never sends the webhook twice.
    await onceOnly(deps.store, `alert-notify/${incidentKey}/${event}`, async () => {
      const body = JSON.stringify({ event, incidentKey, integration: ctx.integration.id, dedupKey: origin.dedupKey, at: now.toISOString() });
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (ctx.secret) Object.assign(headers, { 'X-Signature-Timestamp': timestamp, 'X-Signature': `sha256=${hmacSignature(ctx.secret.current, timestamp, body)}` });
      try {
        const res = await deps.http.send({ about: { incidentKey, purpose: 'monitoringWebhook' }, url: hook.url, method: 'POST', headers, body });
        const ok = res.status >= 200 && res.status < 300;
        outcome = { ok, status: res.status, reason: `${event}: ${hook.url} answered ${res.status}${ok ? '' : ` ${res.bodyExcerpt.slice(0, 200)}`}` };
      } catch (e) {
        // No HTTP answer at all: most often a host missing from the manifest's egress list.
        outcome = { ok: false, status: 502, reason: `${event}: could not reach ${hook.url} (${e instanceof Error ? e.message : String(e)})` };
      }
    }, CLAIM_SECONDS);
    if (!outcome) return;
    const sent: { ok: boolean; status: number; reason: string } = outcome;
    const counter = { ...ctx.counter, seq: ctx.counter.seq + 1 };
    await deps.alerts.commit({
      integrationId: ctx.integration.id,
      counter,
      deliveries: [{
        id: `${ctx.integration.id}-${String(counter.seq).padStart(10, '0')}`, integrationId: ctx.integration.id, receivedAt: now.toISOString(),
        outcome: sent.ok ? 'notified' : 'notify-failed', httpStatus: sent.status, reason: sent.reason,
        dedupKey: origin.dedupKey, incidentKey, summary: null,
      }],
    });
  } catch (e) {
    console.error(`could not notify the source of ${incidentKey} (${event})`, e);
  }
}
