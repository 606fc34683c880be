import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { demoUserList } from '../seed/index.js';
import { integrationSecret } from '../seed/integrationsSecret.js';
import { integrationSenders } from '../seed/integrationsSenders.js';
import { SANDBOX_API_TOKEN } from '../jira/index.js';
import type { Sandbox } from './createSandbox.js';
import { FaultSpecSchema } from './faultInjector.js';
import { HttpError, readJson, sendJson } from './httpKit.js';
import { outboxEntries } from './outboxView.js';
import { call } from './seedEscalation.js';
import { sandboxSns } from '../aws/sandboxSns.js';

const SnsSignRequest = z.object({ message: z.record(z.unknown()), version: z.enum(['1', '2']).default('2') });
const SlackRateLimitRequest = z.object({ method: z.string().regex(/^(\*|[a-z]+(\.[A-Za-z]+)+)$/).default('*'), count: z.number().int().min(1).max(100).default(1), retryAfterSeconds: z.number().int().min(1).max(3600).default(30) }).strict();
const AdvanceRequest = z.object({ minutes: z.number().positive().max(60 * 24 * 31) }).strict();

const clockView = (s: Sandbox) => ({ now: new Date(s.clock.now()).toISOString(), epochMs: s.clock.now(), speed: s.clock.speed, running: s.clock.running });

/** `/__sandbox/<rest>`: the controls a test, a script or the shell drives the sandbox with. */
export async function sandboxRoute(s: Sandbox, req: IncomingMessage, res: ServerResponse, rest: string, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const route = `${method} ${rest}`;
  switch (route) {
    case 'GET health':
      return sendJson(res, 200, { status: 'ready' });
    case 'GET clock':
      return sendJson(res, 200, clockView(s));
    case 'POST clock/advance': {
      const r = AdvanceRequest.safeParse(await readJson(req));
      if (!r.success) throw new HttpError(400, 'Send {"minutes": n} with n > 0.');
      await s.runtime.advance(Math.round(r.data.minutes * 60_000));
      s.saveClock();
      return sendJson(res, 200, clockView(s));
    }
    case 'POST settle':
      await s.runtime.settle();
      return sendJson(res, 200, clockView(s));
    case 'GET outbox': {
      // `?channel=slack` (or email, teams, sms, webhook) narrows the list for a test or a script.
      const channel = url.searchParams.get('channel');
      const all = outboxEntries(s.site.outbox(), s.runtime.egressOutbox.all());
      return sendJson(res, 200, channel ? all.filter((m) => m.channel === channel) : all);
    }
    case 'GET slack':
      // The Slack workspace as people would see it: channels, members, messages, pins.
      return sendJson(res, 200, s.slack.view());
    case 'POST slack/ratelimit': {
      // The next `count` calls of `method` (or of any method) answer 429 with Retry-After.
      const r = SlackRateLimitRequest.safeParse(await readJson(req));
      if (!r.success) throw new HttpError(400, r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      s.slack.rateLimit(r.data.method, r.data.count, r.data.retryAfterSeconds);
      return sendJson(res, 200, s.slack.view().rateLimits);
    }
    case 'GET users':
      return sendJson(res, 200, demoUserList().map((u) => ({ ...u, apiToken: SANDBOX_API_TOKEN })));
    case 'GET integrations':
      return sendJson(res, 200, await integrationSenders((fn, payload) => call(s.runtime, fn, payload), (id) => integrationSecret(s.runtime.kvs, id)));
    case 'POST sns/sign': {
      // Tests and scripts sign SNS messages as SNS would, with the key behind the certificate
      // the egress emulator serves at SigningCertURL; Timestamp defaults to the virtual now.
      const r = SnsSignRequest.safeParse(await readJson(req));
      if (!r.success) throw new HttpError(400, 'Send {"message": {Type, TopicArn, Message, …}, "version"?: "1" | "2"}.');
      try {
        return sendJson(res, 200, sandboxSns().sign(r.data.message, { version: r.data.version, nowMs: s.clock.now() }));
      } catch (e) {
        throw new HttpError(400, e instanceof Error ? e.message : String(e));
      }
    }
    case 'GET faults':
      return sendJson(res, 200, s.faults.describe());
    case 'POST faults': {
      const r = FaultSpecSchema.safeParse(await readJson(req));
      if (!r.success) throw new HttpError(400, r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      s.faults.set(r.data);
      return sendJson(res, 200, s.faults.describe());
    }
    case 'DELETE faults':
      s.faults.clear();
      return sendJson(res, 200, s.faults.describe());
    case 'GET logs': {
      const since = url.searchParams.get('since');
      const functionKey = url.searchParams.get('functionKey');
      return sendJson(res, 200, s.runtime.getLogs({
        ...(since ? { since: Number.isFinite(Number(since)) ? Number(since) : Date.parse(since) } : {}),
        ...(functionKey ? { functionKey } : {}),
      }).map((e) => ({ ...e, at: new Date(e.at).toISOString() })));
    }
  }
  const scheduled = /^scheduled\/([^/]+)\/run$/.exec(rest);
  if (scheduled && method === 'POST') {
    const key = decodeURIComponent(scheduled[1] ?? '');
    if (!s.runtime.manifest.scheduledTriggers.some((t) => t.key === key)) throw new HttpError(404, `No scheduledTrigger "${key}"`);
    const outcome = await s.runtime.runScheduledNow(key);
    return sendJson(res, outcome.ok ? 200 : 500, { ok: outcome.ok, invocationId: outcome.invocationId, value: outcome.value ?? null, error: outcome.error?.message ?? null });
  }
  throw new HttpError(404, `No sandbox endpoint ${method} /__sandbox/${rest}`);
}
