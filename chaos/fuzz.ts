import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { resolverContract, resolverNames, type ResolverName } from '../src/contracts/resolverContract.js';
import type { Envelope } from '../src/contracts/resolvers.js';
import { createSandbox, type Sandbox } from '../sandbox/server/createSandbox.js';
import { integrationSecret } from '../sandbox/seed/integrationsSecret.js';
import { START } from './runScenario.js';
import { forgedRequests } from './senderFuzz.js';

export interface FuzzSummary {
  cases: number;
  /** Resolver answers with code INTERNAL, webtrigger answers 5xx: both are the app failing on bad input. */
  fivexx: number;
  /** Refused requests after which app storage differed (beyond the access log, or a refused alert's delivery record). */
  storedOnRefusal: number;
  /** INVALID refusals that name no field. */
  unnamedRefusals: number;
  examples: string[];
}

const USERS = ['sandbox-admin-adam', 'sandbox-agent-ana', 'sandbox-customer-chris'];
const json = fc.jsonValue({ maxDepth: 4 });
/** Values at the edges: huge and tiny numbers, unicode, long strings, nesting. */
const edgy = fc.oneof(
  json,
  fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 0.1, '', ' ', 'ITOPS-1', 'ITOPS-0', 'P1', 'technical', '\u0000', '🔥'.repeat(40), 'x'.repeat(3000), null, true, [], {}),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(json, { maxLength: 30 }),
);

function fieldsOf(name: ResolverName): string[] {
  const schema = resolverContract[name].request as z.ZodTypeAny;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
}

/** A payload that knows the resolver's field names, so the fuzz reaches past the first check. */
const payloadFor = (name: ResolverName) => {
  const known = fieldsOf(name);
  return fc.oneof(
    { weight: 1, arbitrary: json },
    { weight: 4, arbitrary: fc.dictionary(fc.oneof(...(known.length ? [fc.constantFrom(...known)] : []), fc.string({ maxLength: 12 })), edgy, { maxKeys: known.length + 2 }) },
  );
};

const snapshot = (sb: Sandbox) => sb.runtime.kvs.store.everything();
function changed(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>, allowed: (key: string) => boolean): string[] {
  const b = new Map(before.map((i) => [`${i.ns}/${i.key}`, i.value]));
  const out: string[] = [];
  for (const i of after) {
    const id = `${i.ns}/${i.key}`;
    if (b.get(id) !== i.value && !allowed(i.key)) out.push(id);
    b.delete(id);
  }
  for (const id of b.keys()) if (!allowed(id.slice(id.indexOf('/') + 1))) out.push(`${id} (deleted)`);
  return out;
}
// A refusal is itself recorded: the access log, its per-account refusal counter, and the
// hash-chained trail entry that seals the log entry. None of them is the refused change.
const accessLog = (key: string) => key.startsWith('access') || key.startsWith('refusals:') || key.startsWith('gov-trail');

/**
 * fast-check over every resolver (as an admin, an agent and a customer) and both webtriggers
 * (with and without the integration's real token), on one sandbox. `cases` is split between
 * them; each case is one request.
 */
export async function runFuzz(cases: number, seed = 42): Promise<FuzzSummary> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sb = await createSandbox({ root, speed: 0, startAt: START });
  const s: FuzzSummary = { cases: 0, fivexx: 0, storedOnRefusal: 0, unnamedRefusals: 0, examples: [] };
  const note = (what: string) => { if (s.examples.length < 50) s.examples.push(what.slice(0, 300)); };
  try {
    const token = integrationSecret(sb.runtime.kvs, 'prometheus') ?? '';
    const perResolver = Math.max(1, Math.floor((cases * 0.8) / resolverNames.length));
    for (const name of resolverNames) {
      const moduleKey = name === 'listActiveEscalations' ? 'escalation-dashboard' : 'escalation-admin';
      await fc.assert(fc.asyncProperty(payloadFor(name), fc.constantFrom(...USERS), async (payload, accountId) => {
        s.cases++;
        const before = snapshot(sb);
        const r = (await sb.runtime.invokeResolver({ moduleKey, functionKey: name, payload, accountId }).catch((e: unknown) => ({ ok: false, error: { code: 'INTERNAL', message: String(e), fields: [] } }))) as Envelope<unknown>;
        if (r.ok) return;
        if (r.error.code === 'INTERNAL') { s.fivexx++; note(`${name} as ${accountId} ${JSON.stringify(payload).slice(0, 120)} → INTERNAL ${r.error.message}`); }
        if (r.error.code === 'INVALID' && !(r.error.fields.length > 0 && r.error.fields.every((f) => f.field.length > 0))) { s.unnamedRefusals++; note(`${name}: INVALID without a field: ${r.error.message}`); }
        const diff = changed(before, snapshot(sb), accessLog);
        if (diff.length) { s.storedOnRefusal++; note(`${name} refused (${r.error.code}) but stored ${diff.slice(0, 3).join(', ')}`); }
      }), { numRuns: perResolver, seed, endOnFailure: false });
    }
    const hooks = Math.max(2, cases - s.cases);
    const header = fc.dictionary(fc.constantFrom('authorization', 'content-type', 'x-signature', 'x-signature-timestamp', 'x-grafana-alerting-signature', 'x-amz-sns-message-type', 'content-length'), fc.oneof(fc.string({ maxLength: 80 }), fc.constant(`Bearer ${token}`)).map((v) => [v]));
    const body = fc.oneof(fc.string({ maxLength: 400 }), json.map((j) => JSON.stringify(j)), fc.constant('x'.repeat(300_000)), fc.constant(''));
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('alert-ingest', 'ack-link'), fc.constantFrom('POST', 'GET', 'PUT'), header, body,
      fc.dictionary(fc.constantFrom('integration', 'token', 'i', 'a', 's', 'e', 'x', 'p', 'l', 'o'), fc.oneof(fc.constantFrom('prometheus', 'splunk', 'cloudwatch', 'nope'), fc.string({ maxLength: 30 })).map((v) => [v])),
      async (moduleKey, method, headers, text, queryParameters) => {
        s.cases++;
        const before = snapshot(sb);
        const res = await sb.runtime.invokeWebtrigger(moduleKey, { method, headers, queryParameters, body: text }).catch((e: unknown) => ({ statusCode: 599, body: String(e) }));
        if (res.statusCode >= 500) { s.fivexx++; note(`${moduleKey} ${method} → ${res.statusCode} ${String(res.body).slice(0, 120)}`); }
        if (res.statusCode < 400) return;
        // Refused alerts from a sender that proved who it is are recorded on purpose (README: 400 and 429).
        const authenticated = (headers.authorization?.[0] ?? '') === `Bearer ${token}` && queryParameters.integration?.[0] === 'prometheus';
        const diff = changed(before, snapshot(sb), (k) => accessLog(k) || (authenticated && k.startsWith('alert')));
        if (diff.length) { s.storedOnRefusal++; note(`${moduleKey} ${method} ${res.statusCode} stored ${diff.slice(0, 3).join(', ')}`); }
      }), { numRuns: hooks, seed, endOnFailure: false });
    // The tools' native schemes, each credential wrong or a near miss: refused, never a 5xx, nothing stored.
    const secret = (id: string) => integrationSecret(sb.runtime.kvs, id) ?? '';
    const forged = forgedRequests({ events: secret('events-v2'), splunk: secret('splunk'), grafana: secret('grafana'), sns: secret('cloudwatch') });
    await fc.assert(fc.asyncProperty(forged, async ({ what, request }) => {
      s.cases++;
      const before = snapshot(sb);
      const res = await sb.runtime.invokeWebtrigger('alert-ingest', request).catch((e: unknown) => ({ statusCode: 599, body: String(e) }));
      if (res.statusCode >= 500) { s.fivexx++; note(`${what} → ${res.statusCode} ${String(res.body).slice(0, 120)}`); }
      if (res.statusCode < 400) { s.storedOnRefusal++; note(`${what} was accepted (${res.statusCode})`); return; }
      const diff = changed(before, snapshot(sb), accessLog);
      if (diff.length) { s.storedOnRefusal++; note(`${what} ${res.statusCode} stored ${diff.slice(0, 3).join(', ')}`); }
    }), { numRuns: Math.max(20, Math.floor(cases / 5)), seed, endOnFailure: false });
  } finally {
    await sb.close(1_000);
  }
  return s;
}
