import { KvsAlertStore } from '../../../src/adapters/forge/kvsAlertStore.js';
import { ingestAlert } from '../../../src/app/alerts/ingest/ingestAlert.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';
import { fixture, ingestHarness, SECRET } from '../../app/alerts/ingest/ingestHarness.js';

let runtime: ReturnType<typeof bareRuntime> | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

/** The pipeline on the KVS store Forge runs (real @forge/kvs, sandbox emulator), not only on the memory twin. */
describe('alert ingestion on KvsAlertStore', () => {
  async function kvsHarness(overrides: Parameters<typeof ingestHarness>[0] = {}) {
    runtime = bareRuntime();
    const h = await ingestHarness(overrides);
    const alerts = new KvsAlertStore();
    await alerts.saveIntegration(h.integration);
    await alerts.saveSecret(h.id, { current: SECRET, previous: null, previousValidUntil: null });
    const deps = { ...h.deps, alerts };
    return { ...h, alerts, deps, send: (body: unknown, extra: Parameters<typeof h.request>[1] = {}) => ingestAlert(deps, h.request(body, extra)) };
  }

  it('opens one incident, deduplicates repeats, and annotates and resolves on the resolved alert', async () => {
    const h = await kvsHarness({ onResolved: 'resolve' });
    const created = await h.send(fixture('alertmanager'));
    expect(created).toMatchObject({ status: 202, results: [{ outcome: 'accepted', incidentKey: 'ITOPS-1000' }] });
    for (let i = 0; i < 3; i++) expect((await h.send(fixture('alertmanager'))).results[0]?.outcome).toBe('deduplicated');
    expect((await h.alerts.getDedup(h.id, 'c0ffee00d15ea5e1'))?.count).toBe(4);
    const body = fixture('alertmanager');
    const resolved = { ...body, alerts: (body['alerts'] as object[]).map((a) => ({ ...a, status: 'resolved' })) };
    expect((await h.send(resolved)).results[0]).toMatchObject({ outcome: 'accepted', reason: 'annotated ITOPS-1000 and resolved it (Resolve)' });
    expect(await h.alerts.getDedup(h.id, 'c0ffee00d15ea5e1')).toBeNull();
    expect((await h.alerts.listDeliveries(h.id, 10)).map((d) => d.outcome)).toEqual(['accepted', 'deduplicated', 'deduplicated', 'deduplicated', 'accepted']);
    expect(h.host.created).toHaveLength(1);
  });

  it('stores nothing for a refused request and records a 429 with the counter', async () => {
    const h = await kvsHarness({ rateLimitPerMinute: 1 });
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: ['Bearer wrong-wrong-wrong'] } })).status).toBe(403);
    expect(await h.alerts.listDeliveries(h.id, 10)).toEqual([]);
    expect((await h.send(fixture('alertmanager'))).status).toBe(202);
    expect((await h.send(fixture('alertmanager'))).status).toBe(429);
    expect((await h.alerts.listDeliveries(h.id, 10)).map((d) => d.httpStatus)).toEqual([429, 202]);
  });
});
