import { fileURLToPath } from 'node:url';
import type { PolicySummary } from '../src/contracts/resolvers.js';
import type { PolicyInput } from '../src/contracts/policy.js';
import { createSandbox } from '../sandbox/server/createSandbox.js';
import { call } from '../sandbox/server/seedEscalation.js';
import { rng } from '../chaos/prng.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const START = Date.parse('2026-11-25T14:00:00.000Z');
const THRESHOLD_MINUTES = 15;
const SPREAD_HOURS = 6;
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

/** One trigger whose threshold is known to the second: 15 minutes after creation. */
const policy: PolicyInput = {
  id: 'latency', name: 'Latency benchmark', scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
  triggers: [{ id: 'created-15', type: 'timeSinceCreated', minutes: THRESHOLD_MINUTES }],
  paths: {
    technical: { levels: [{ targets: [{ type: 'user', accountId: 'sandbox-agent-ana' }], delayMinutes: 0, ackTimeoutMinutes: 30, repeat: 0, actions: [] }] },
    managerial: { levels: [{ targets: [{ type: 'user', accountId: 'sandbox-manager-maya' }], delayMinutes: 0, ackTimeoutMinutes: 30, repeat: 0, actions: [] }] },
    executive: { levels: [{ targets: [{ type: 'user', accountId: 'sandbox-director-dev' }], delayMinutes: 0, ackTimeoutMinutes: 30, repeat: 0, actions: [] }] },
  },
  pathRules: [], defaultPath: 'technical',
};

type Fetch = (target: { type: string; remote?: string }, path: string, init?: unknown) => Promise<Response>;
const g = globalThis as typeof globalThis & { __forge_fetch__?: Fetch };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * Breach-to-page latency in virtual seconds: from the instant a trigger's threshold is crossed
 * (creation + 15 min, exact) to the page email reaching the outbox, for `n` incidents created at
 * random times over six hours. `timers: false` drops every queue push at the platform seam, so
 * only the five-minute sweep escalates: the baseline that shows what the exact timers buy.
 */
export async function measureBreachToPage(n: number, timers: boolean, seed = 7): Promise<{ p50: number; p95: number; max: number; paged: number; incidents: number; realMs: number }> {
  const started = Date.now();
  const sb = await createSandbox({ root: ROOT, speed: 0, startAt: START });
  const inner = g.__forge_fetch__!;
  if (!timers) {
    g.__forge_fetch__ = async (target, path, init) =>
      target.type === 'fpp' && target.remote === 'stargate' && path.startsWith('/webhook/queue/publish') ? new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } }) : inner(target, path, init);
  }
  try {
    for (const p of await call<PolicySummary[]>(sb.runtime, 'listPolicies', {})) await call(sb.runtime, 'deletePolicy', { id: p.policy.id, reason: 'Replaced by the latency benchmark policy' });
    await call(sb.runtime, 'savePolicy', { policy, expectedVersion: 0, reason: 'Latency benchmark' });
    const r = rng(seed);
    const plan = Array.from({ length: n }, () => ({ at: START + r.int(1, SPREAD_HOURS * 3600) * 1000, priority: r.pick(PRIORITIES) })).sort((a, b) => a.at - b.at);
    const created = new Map<string, number>();
    const auth = `Basic ${Buffer.from('ana.agent@example.test:sandbox').toString('base64')}`;
    for (const p of plan) {
      const now = sb.clock.now();
      if (p.at > now) await sb.runtime.advance(p.at - now);
      const res = await sb.site.handle({ method: 'POST', path: '/rest/api/3/issue', query: {}, headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Latency probe', reporter: { accountId: 'sandbox-customer-chris' }, priority: { name: p.priority }, components: [{ name: 'Intranet' }] } }) });
      const body = (typeof res.body === 'string' ? JSON.parse(res.body) : res.body) as { key: string };
      created.set(body.key, sb.clock.now());
    }
    await sb.runtime.advance((THRESHOLD_MINUTES + 10) * 60_000);
    await sb.runtime.settle();
    const firstPage = new Map<string, number>();
    for (const m of sb.site.outbox()) {
      const subject = (m.notification as { subject?: string }).subject ?? '';
      if (!m.issueKey || !created.has(m.issueKey) || !subject.includes('Escalation:')) continue;
      const at = new Date(m.created).getTime();
      if (!firstPage.has(m.issueKey) || at < firstPage.get(m.issueKey)!) firstPage.set(m.issueKey, at);
    }
    const latencies = [...created].flatMap(([key, at]) => (firstPage.has(key) ? [(firstPage.get(key)! - (at + THRESHOLD_MINUTES * 60_000)) / 1000] : [])).sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies[latencies.length - 1] ?? NaN, paged: latencies.length, incidents: n, realMs: Date.now() - started };
  } finally {
    g.__forge_fetch__ = inner;
    await sb.close(1_000);
  }
}

export async function runLatencyBench(): Promise<Record<string, unknown>> {
  const n = Number(process.env.LATENCY_INCIDENTS ?? 1000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`LATENCY_INCIDENTS: must be a whole number of at least 1, got "${process.env.LATENCY_INCIDENTS}"`);
  const withTimers = await measureBreachToPage(n, true);
  const sweepOnly = await measureBreachToPage(n, false);
  const strip = ({ p50, p95, max, paged, incidents }: typeof withTimers) => ({ p50, p95, max, paged, incidents });
  return { latency: { breachToPage: { unit: 'virtual seconds', timers: strip(withTimers), sweepOnly: strip(sweepOnly),
    // A ratio is meaningless when the timers' figure is 0 s; the saving is what matters.
    p95SavedSeconds: sweepOnly.p95 - withTimers.p95, meetsTarget: withTimers.p95 <= 30, realMs: { timers: withTimers.realMs, sweepOnly: sweepOnly.realMs } } } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(JSON.stringify(await runLatencyBench(), null, 2));
