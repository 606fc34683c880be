import { performance } from 'node:perf_hooks';
import { KvsAlertStore } from '../src/adapters/forge/kvsAlertStore.js';
import { FixedAckLinkBase } from '../src/adapters/memory/fixedAckLinkBase.js';
import { MemoryAlertStore } from '../src/adapters/memory/memoryAlertStore.js';
import { MemoryCommsStore } from '../src/adapters/memory/memoryCommsStore.js';
import { MemoryIncidentHost } from '../src/adapters/memory/memoryIncidentHost.js';
import { MemoryNotifier } from '../src/adapters/memory/memoryNotifier.js';
import { MemoryOutboundHttp } from '../src/adapters/memory/memoryOutboundHttp.js';
import { ManualClock, MemoryQueue } from '../src/adapters/memory/memoryQueue.js';
import { MemoryStore } from '../src/adapters/memory/memoryStore.js';
import type { Deps } from '../src/app/shared/deps.js';
import { IntegrationSchema, type Integration } from '../src/contracts/integration.js';
import { PolicySchema } from '../src/contracts/policy.js';
import { normalisers } from '../src/domain/alerts/formats/normalisers.js';
import { defaultConfig } from '../src/domain/policies/defaultConfig.js';
import { nextPolicyVersion } from '../src/domain/policies/policyVersion.js';
import { handleAlertIngest } from '../src/entry/webtriggers/alertIngestWebtrigger.js';
import type { AlertStore } from '../src/ports/alertStore.js';
import type { Store } from '../src/ports/store.js';
import { ForgeRuntime } from '../sandbox/forge/forgeRuntime.js';
import { parseManifest } from '../sandbox/forge/manifest.js';

const ALERTS = 10_000;
const KEYS = 20;
const SECRET = 'bench-secret-0123456789abcdef0123';
const T0 = Date.parse('2026-11-27T09:00:00.000Z');
/** Virtual time between alerts: 10,000 alerts span 100 s, all inside the 300 s debounce. */
const STEP_MINUTES = 0.01 / 60;

/** Counts every method call on a port, whatever the adapter: "store operations". */
function counting<T extends object>(target: T): { port: T; calls: () => number } {
  let calls = 0;
  const port = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => { calls++; return (v as (...a: unknown[]) => unknown).apply(t, args); };
    },
  });
  return { port, calls: () => calls };
}

function alertBody(i: number): string {
  const key = i % KEYS;
  return JSON.stringify({
    version: '4', status: 'firing', receiver: 'jira', groupKey: `{}:{alertname="A${key}"}`,
    alerts: [{ status: 'firing', labels: { alertname: `A${key}`, job: 'checkout', instance: `node-${key}:9100`, severity: 'error' },
      annotations: { summary: `Alert ${key} firing` }, startsAt: '2026-11-27T08:59:00Z', fingerprint: `fp-${key}` }],
  });
}

const request = (body: string) => ({
  method: 'POST', path: '/', headers: { Authorization: [`Bearer ${SECRET}`], 'Content-Type': ['application/json'] },
  queryParameters: { integration: ['storm'] }, body,
});

async function setup(alertsPort: AlertStore) {
  const clock = new ManualClock(T0);
  const host = new MemoryIncidentHost(() => clock.now());
  const rawStore = new MemoryStore(() => clock.now());
  const store = counting<Store>(rawStore);
  const alerts = counting<AlertStore>(alertsPort);
  const deps: Deps = { host, store: store.port, notifier: new MemoryNotifier(), queue: new MemoryQueue(), clock, links: new FixedAckLinkBase(),
    http: new MemoryOutboundHttp(), alerts: alerts.port, comms: new MemoryCommsStore(() => clock.now()) };
  await rawStore.saveConfig(defaultConfig);
  const policy = PolicySchema.parse({
    id: 'alerts', name: 'Alert incidents', scope: { projects: ['ITOPS'] }, triggers: [{ id: 'p3-up', type: 'priorityAtLeast', priority: 'P3' }],
    paths: Object.fromEntries(['technical', 'managerial', 'executive'].map((p) => [p, { levels: [{ targets: [{ type: 'user', accountId: 'agent-ana' }], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] }] }])),
  });
  await rawStore.savePolicyVersion(nextPolicyVersion(policy, 0, 'bench', 'bench policy', T0 - 86_400_000));
  const integration: Integration = IntegrationSchema.parse({ id: 'storm', name: 'Storm', format: 'alertmanager', service: 'checkout', projectKey: 'ITOPS', auth: 'bearer', rateLimitPerMinute: 10_000, dedupDebounceSeconds: 300 });
  await alertsPort.saveIntegration(integration);
  await alertsPort.saveSecret('storm', { current: SECRET, previous: null, previousValidUntil: null });
  return { clock, host, deps, ops: () => store.calls() + alerts.calls(), jira: () => host.requests.read + host.requests.write };
}

/** The storm through the real handler: figures for the first KEYS alerts (creations) and the rest (duplicates). */
async function storm(alertsPort: AlertStore, total: number) {
  const s = await setup(alertsPort);
  const bodies = Array.from({ length: total }, (_, i) => alertBody(i));
  const start = performance.now();
  let opsAfterCreates = 0;
  let jiraAfterCreates = 0;
  for (let i = 0; i < total; i++) {
    if (i === KEYS) { opsAfterCreates = s.ops(); jiraAfterCreates = s.jira(); }
    const res = await handleAlertIngest(request(bodies[i]!), async () => s.deps);
    if (res.statusCode !== 202) throw new Error(`alert ${i} answered ${res.statusCode}: ${res.body}`);
    s.clock.advance(STEP_MINUTES);
  }
  const ms = performance.now() - start;
  const duplicates = total - KEYS;
  return {
    created: s.host.created.length, ms,
    opsPerDuplicate: (s.ops() - opsAfterCreates) / duplicates,
    jiraPerDuplicate: (s.jira() - jiraAfterCreates) / duplicates,
  };
}

/**
 * The baseline, measured in the same run: what a straightforward pipeline does per alert with
 * the same ports — read integration, secret, settings and configuration every time, look the
 * key up, save the count and the delivery separately, and comment on the incident per repeat.
 */
async function naive(total: number) {
  const s = await setup(new MemoryAlertStore(() => T0));
  const { alerts, store, host } = s.deps;
  const keys = new Map<string, string>();
  let opsAfterCreates = 0;
  let jiraAfterCreates = 0;
  for (let i = 0; i < total; i++) {
    if (i === KEYS) { opsAfterCreates = s.ops(); jiraAfterCreates = s.jira(); }
    const integration = (await alerts.getIntegration('storm'))!;
    await alerts.getSecret('storm');
    const settings = await alerts.getAlertSettings();
    await store.getConfig();
    const n = normalisers.alertmanager(JSON.parse(alertBody(i)), { integration: 'storm', service: integration.service, receivedAt: new Date(s.clock.now()).toISOString() });
    if (!n.ok || settings.maintenanceWindows.length < 0) throw new Error('bad bench payload');
    for (const alert of n.alerts) {
      const open = await alerts.getDedup('storm', alert.dedupKey);
      const at = new Date(s.clock.now()).toISOString();
      const counter = (await alerts.loadIngest('storm'))!.counter;
      let key = open?.incidentKey ?? keys.get(alert.dedupKey);
      if (!key) {
        key = await host.createIncident({ projectKey: 'ITOPS', requestType: null, summary: alert.summary, description: '', service: alert.service, labels: [], impact: null, urgency: null });
        keys.set(alert.dedupKey, key);
      } else {
        await host.addInternalComment(key, `repeat of ${alert.dedupKey}`);
      }
      await alerts.commit({ integrationId: 'storm', counter, deliveries: [], dedup: [{ dedupKey: alert.dedupKey, record: { dedupKey: alert.dedupKey, incidentKey: key, count: (open?.count ?? 0) + 1, openedAt: at, lastSeenAt: at, lastCommentAt: at, commentId: null } }] });
      await alerts.commit({ integrationId: 'storm', counter: { ...counter, seq: counter.seq + 1 }, deliveries: [{ id: `d${i}`, integrationId: 'storm', receivedAt: at, outcome: 'deduplicated', httpStatus: 202, reason: '', dedupKey: alert.dedupKey, incidentKey: key, summary: null }] });
    }
    s.clock.advance(STEP_MINUTES);
  }
  return { opsPerDuplicate: (s.ops() - opsAfterCreates) / (total - KEYS), jiraPerDuplicate: (s.jira() - jiraAfterCreates) / (total - KEYS) };
}

/** KVS API calls (what Forge meters) per duplicate, on the real @forge/kvs over the sandbox emulator. */
async function kvsApiCalls(total: number): Promise<number> {
  const runtime = new ForgeRuntime({ manifest: parseManifest('modules: {}\n'), loadModule: async () => ({}), jira: async () => ({ status: 404, body: {} }) }).install();
  const g = globalThis as { __forge_fetch__?: (target: { type: string }, ...rest: unknown[]) => unknown };
  const original = g.__forge_fetch__!;
  let calls = 0;
  g.__forge_fetch__ = (target, ...rest) => { if (target.type === 'kvs') calls++; return original(target, ...rest); };
  try {
    const s = await setup(new KvsAlertStore());
    for (let i = 0; i < KEYS; i++) await handleAlertIngest(request(alertBody(i)), async () => s.deps);
    const before = calls;
    for (let i = KEYS; i < total; i++) await handleAlertIngest(request(alertBody(i)), async () => s.deps);
    return (calls - before) / (total - KEYS);
  } finally {
    g.__forge_fetch__ = original;
    runtime.close();
  }
}

export async function runIngestBench() {
  const ours = await storm(new MemoryAlertStore(() => T0), ALERTS);
  const base = await naive(ALERTS);
  const kvsCalls = await kvsApiCalls(220);
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  return {
    ingest: {
      alerts: ALERTS,
      dedupKeys: KEYS,
      incidentsCreated: ours.created,
      alertsPerSecond: Math.round(ALERTS / (ours.ms / 1000)),
      jiraRequestsPerDuplicate: round(ours.jiraPerDuplicate, 3),
      kvsOpsPerDuplicate: round(ours.opsPerDuplicate, 3),
      kvsApiCallsPerDuplicate: round(kvsCalls, 3),
      targets: { incidentsCreated: 20, alertsPerSecond: 2000, jiraRequestsPerDuplicate: 0, kvsOpsPerDuplicate: 2 },
      // The baseline skips the handler, authentication and suppression, so its speed is no
      // comparison; its request and store counts are.
      baseline: {
        jiraRequestsPerDuplicate: round(base.jiraPerDuplicate, 3),
        kvsOpsPerDuplicate: round(base.opsPerDuplicate, 3),
      },
      ratioBaselineOverOurs: { kvsOpsPerDuplicate: round(base.opsPerDuplicate / ours.opsPerDuplicate) },
    },
  };
}

if (process.argv[1]?.endsWith('ingestBench.ts')) console.log(JSON.stringify(await runIngestBench(), null, 2));
