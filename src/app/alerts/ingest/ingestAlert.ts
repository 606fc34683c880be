import { createHash } from 'node:crypto';
import { IntegrationIdSchema } from '../../../contracts/integration.js';
import { takeRate } from '../../../domain/alerts/ingest/rateWindow.js';
import type { Deps } from '../../shared/deps.js';
import { authenticateRequest } from './authenticateRequest.js';
import { refuse, type IngestOutcome, type IngestResponse } from './ingestResponse.js';
import { CreationInProgress, type Pipeline } from './pipeline.js';
import { recorded, runAlerts } from './runAlerts.js';
import { verifySns } from './verifySns.js';
import { query, WebtriggerRequestSchema, type WebtriggerRequest } from './webtriggerRequest.js';
import { pingHeartbeat } from '../heartbeats/pingHeartbeat.js';

/** Bodies above this are refused before they are parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface IngestOptions {
  /** "Send test alert": run every check and decision, store and create nothing. */
  dryRun?: boolean;
  /** A synthetic check's alert: the incident it opens is a drill (see Pipeline.drill). */
  drill?: { by: string };
}

export type { IngestOutcome } from './ingestResponse.js';

/**
 * The alert endpoint. Refusals of unauthenticated requests (unknown integration 404, too large
 * 413, bad credentials 401/403, wrong method 405) store nothing and are only logged. Refusals of
 * authenticated requests (malformed body 400, over the rate 429) are recorded as deliveries for
 * admins. A signed request (app HMAC, timestamped Grafana HMAC, an SNS MessageId) is accepted
 * once: its signature or id is remembered until it leaves the window, and a second use is refused with 409 (and forgotten again when
 * the first use ends in 503, so the sender's retry goes through). Bad input never gives a 5xx; a storage or Jira failure gives 503 so the sender
 * retries, and nothing is answered 2xx before it is durably recorded.
 */
export async function ingestAlert(deps: Deps, raw: unknown, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const req = WebtriggerRequestSchema.safeParse(raw);
  if (!req.success) return unlogged(refuse(400, `request ${req.error.issues[0]?.path.join('.') ?? ''}: not a webtrigger request`));
  const r = req.data;
  // Heartbeat pings share the endpoint (one webtrigger URL per installation) but not its format.
  if (query(r, 'heartbeat') !== null) return pingOrRetry(deps, r);
  if (r.method.toUpperCase() !== 'POST') return unlogged(refuse(405, 'only POST is accepted', [], { Allow: 'POST' }));
  if (Buffer.byteLength(r.body, 'utf8') > MAX_BODY_BYTES) return unlogged(refuse(413, `body is larger than ${MAX_BODY_BYTES / 1024} KB`));
  const id = IntegrationIdSchema.safeParse(query(r, 'integration'));
  const now = new Date(deps.clock.now());
  let spent: string | null = null;
  try {
    const ctx = id.success ? await deps.alerts.loadIngest(id.data) : null;
    if (!ctx || !ctx.integration.enabled) return unlogged(refuse(404, 'unknown or disabled integration'));
    const auth = authenticateRequest(ctx.integration, ctx.secret, r, now);
    if (!auth.ok && auth.status !== 400) return unlogged(refuse(auth.status, auth.reason));
    if (auth.ok && auth.sns) {
      const v = await verifySns(deps, auth.sns, now);
      if (!v.ok) return unlogged(refuse(v.status, v.reason, [], v.status === 503 ? { 'Retry-After': '30' } : {}));
    }
    if (auth.ok && auth.once && !opts.dryRun) {
      const ttl = Math.max(1, Math.ceil((auth.once.untilMs - now.getTime()) / 1000));
      if (!(await deps.store.useOnce(auth.once.key, ttl))) return unlogged(refuse(409, `${auth.once.what}: this signed request was already accepted; sign each request anew`));
      spent = auth.once.key;
    }

    const deliveryKey = createHash('sha256').update(r.body, 'utf8').digest('hex').slice(0, 40);
    const p: Pipeline = { deps, integration: ctx.integration, settings: ctx.settings, config: null, now, counter: ctx.counter, dryRun: opts.dryRun === true, deliveryKey, ...(opts.drill ? { drill: opts.drill } : {}) };
    // A full minute is refused before the body is parsed; the alerts themselves are counted
    // once normalised (runAlerts). The counter is read here and written with this request's
    // delivery, last writer wins, so requests in flight together may count once between them:
    // the limit is then exceeded by at most what concurrent invocations carry, which is
    // harmless for a flood guard.
    const room = takeRate(ctx.counter, now, ctx.integration.rateLimitPerMinute, 0);
    if (!room.allowed) {
      const retry = String(room.retryAfterSeconds);
      return await recorded(p, 429, `over ${ctx.integration.rateLimitPerMinute} alerts a minute; retry after ${retry} s`, { 'Retry-After': retry });
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
    return await runAlerts(p, body, { rateLimited: true });
  } catch (e) {
    // Nothing was accepted, so the sender's retry with the same signature must not be a replay.
    if (spent) await deps.store.forgetUse(spent).catch(() => undefined);
    if (e instanceof CreationInProgress) return unlogged(refuse(503, e.message, [], { 'Retry-After': '5' }));
    return { ...unlogged(refuse(503, 'could not record the alert just now; retry', [], { 'Retry-After': '30' })), failure: e };
  }
}

async function pingOrRetry(deps: Deps, r: WebtriggerRequest): Promise<IngestOutcome> {
  try {
    return await pingHeartbeat(deps, r);
  } catch (e) {
    return { ...unlogged(refuse(503, 'could not record the ping just now; retry', [], { 'Retry-After': '30' })), failure: e };
  }
}

/** A refusal that stores nothing; the entry point logs it, which is all that is kept. */
function unlogged(res: IngestResponse): IngestOutcome {
  return { ...res, results: [] };
}
