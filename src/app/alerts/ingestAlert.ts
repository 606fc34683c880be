import { IntegrationIdSchema } from '../../contracts/integration.js';
import type { Alert } from '../../domain/alerts/alert.js';
import { normalisers } from '../../domain/alerts/normalisers.js';
import { takeRate } from '../../domain/alerts/rateWindow.js';
import type { Deps } from '../deps.js';
import { authenticateRequest } from './authenticateRequest.js';
import { confirmSnsSubscription } from './confirmSnsSubscription.js';
import { refuse, respond, type IngestResponse } from './ingestResponse.js';
import { CreationInProgress, deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';
import { processAlert } from './processAlert.js';
import { query, WebtriggerRequestSchema } from './webtriggerRequest.js';

/** Bodies above this are refused before they are parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface IngestOptions {
  /** "Send test alert": run every check and decision, store and create nothing. */
  dryRun?: boolean;
}

/** `failure` is the error behind a 503, for the entry point to log; refusals are logged there too. */
export type IngestOutcome = IngestResponse & { results: AlertResult[]; failure?: unknown };

/**
 * The alert endpoint. Refusals of unauthenticated requests (unknown integration 404, too large
 * 413, bad credentials 401/403, wrong method 405) store nothing and are only logged. Refusals of
 * authenticated requests (malformed body 400, over the rate 429) are recorded as deliveries for
 * admins. Bad input never gives a 5xx; a storage or Jira failure gives 503 so the sender
 * retries, and nothing is answered 2xx before it is durably recorded.
 */
export async function ingestAlert(deps: Deps, raw: unknown, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const req = WebtriggerRequestSchema.safeParse(raw);
  if (!req.success) return unlogged(refuse(400, `request ${req.error.issues[0]?.path.join('.') ?? ''}: not a webtrigger request`));
  const r = req.data;
  if (r.method.toUpperCase() !== 'POST') return unlogged(refuse(405, 'only POST is accepted', [], { Allow: 'POST' }));
  if (Buffer.byteLength(r.body, 'utf8') > MAX_BODY_BYTES) return unlogged(refuse(413, `body is larger than ${MAX_BODY_BYTES / 1024} KB`));
  const id = IntegrationIdSchema.safeParse(query(r, 'integration'));
  const now = new Date(deps.clock.now());
  try {
    const ctx = id.success ? await deps.alerts.loadIngest(id.data) : null;
    if (!ctx || !ctx.integration.enabled) return unlogged(refuse(404, 'unknown or disabled integration'));
    const auth = authenticateRequest(ctx.integration.auth, ctx.secret, r, now);
    if (!auth.ok && auth.status !== 400) return unlogged(refuse(auth.status, auth.reason));

    const p: Pipeline = { deps, integration: ctx.integration, settings: ctx.settings, config: null, now, counter: ctx.counter, dryRun: opts.dryRun === true };
    const rate = takeRate(ctx.counter, now, ctx.integration.rateLimitPerMinute);
    p.counter = rate.counter;
    if (!rate.allowed) {
      const retry = String(rate.retryAfterSeconds);
      return await recorded(p, 429, `over ${ctx.integration.rateLimitPerMinute} requests a minute; retry after ${retry} s`, { 'Retry-After': retry });
    }
    if (!auth.ok) return await recorded(p, 400, auth.reason);
    let body = auth.json;
    if (body === undefined) {
      try {
        body = JSON.parse(r.body);
      } catch {
        return await recorded(p, 400, 'body: not valid JSON');
      }
    }
    const normalised = normalisers[ctx.integration.format](body, { integration: ctx.integration.id, service: ctx.integration.service, receivedAt: now.toISOString() });
    if (!normalised.ok) {
      const first = normalised.errors[0];
      return await recorded(p, 400, `body.${first?.field ?? '(root)'}: ${first?.message ?? 'invalid'}`, {}, normalised.errors);
    }
    if (normalised.confirmation) {
      const res = await confirmSnsSubscription(p, normalised.confirmation);
      return { ...respond(res.status, { status: res.result.outcome, reason: res.result.reason }), results: [res.result] };
    }
    if (normalised.alerts.length === 0) return await recorded(p, 202, 'no alerts in the payload', {}, [], 'ignored');
    // Configuration is read only for requests that carry alerts: duplicates never need it.
    const results: AlertResult[] = [];
    for (const alert of normalised.alerts) results.push(await processAlert(p, withMappedService(alert, ctx.integration.serviceLabel)));
    return { ...respond(p.dryRun ? 200 : 202, { status: p.dryRun ? 'dry-run' : 'accepted', results: results.map(publicResult) }), results };
  } catch (e) {
    if (e instanceof CreationInProgress) return unlogged(refuse(503, e.message, [], { 'Retry-After': '5' }));
    return { ...unlogged(refuse(503, 'could not record the alert just now; retry', [], { 'Retry-After': '30' })), failure: e };
  }
}

function withMappedService(alert: Alert, serviceLabel: string | null): Alert {
  const v = serviceLabel === null ? undefined : alert.labels[serviceLabel];
  return v ? { ...alert, service: v } : alert;
}

const publicResult = (r: AlertResult) => ({ dedupKey: r.dedupKey, outcome: r.outcome, reason: r.reason, incidentKey: r.incidentKey, ...(r.wouldCreate ? { wouldCreate: r.wouldCreate } : {}) });

/** A refusal that stores nothing; the entry point logs it, which is all that is kept. */
function unlogged(res: IngestResponse): IngestOutcome {
  return { ...res, results: [] };
}

/** An authenticated request's refusal (or empty payload), recorded as a delivery admins can see. */
async function recorded(p: Pipeline, status: number, reason: string, headers: Record<string, string> = {}, errors: Parameters<typeof refuse>[2] = [], outcome: 'refused' | 'ignored' = 'refused'): Promise<IngestOutcome> {
  const r = result(null, outcome, reason);
  if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, status, r, null));
  const res = status >= 400 ? refuse(status, reason, errors, headers) : respond(status, { status: outcome, reason }, headers);
  return { ...res, results: [r] };
}
