import { nextPolicyVersion } from '../../../../src/domain/policies/policyVersion.js';
import { aConfig, aPolicy, T0 } from '../../../support/builders.js';
import { fixture, ingestHarness } from './ingestHarness.js';

const firing = (overrides: Record<string, unknown> = {}, labels: Record<string, string> = {}) => {
  const body = fixture('alertmanager');
  const [alert] = body['alerts'] as Array<Record<string, unknown>>;
  return { ...body, alerts: [{ ...alert, ...overrides, labels: { ...(alert!['labels'] as object), ...labels } }] };
};
/** The default policy, triggered by priority so an alert's matrix priority starts it at once. */
const pagingOnPriority = (h: Awaited<ReturnType<typeof ingestHarness>>) =>
  h.store.savePolicyVersion(nextPolicyVersion(aPolicy({ triggers: [{ id: 'p2-up', type: 'priorityAtLeast', priority: 'P2' }] }), 1, 'admin-ada', 'page on priority', T0 - 1000));
const resolved = () => firing({ status: 'resolved', endsAt: '2026-11-27T09:10:00Z' });

describe('a new firing alert', () => {
  it('opens one enriched incident: host, links, labels, service owner and runbook, matrix impact and urgency', async () => {
    const h = await ingestHarness();
    await h.store.saveConfig(aConfig({ services: [{ name: 'Payments', criticality: 'mission-critical', ownerAccountId: 'lead-lee', runbookUrl: 'https://wiki.example.com/payments' }] }));
    await h.send(firing());
    expect(h.host.created).toHaveLength(1);
    const { input } = h.host.created[0]!;
    expect(input).toMatchObject({
      projectKey: 'ITOPS', summary: '[CRITICAL] p99 checkout latency above 2 s', service: 'Payments', labels: ['alert-am-prod', expect.stringMatching(/^alertkey-[0-9a-f]{24}$/)],
      impact: 'Extensive / Widespread', urgency: 'Critical', priority: 'P1',
    });
    for (const text of ['Host: checkout-7f9c:8080', 'Runbook: https://runbooks.example.com/checkout-latency', 'Service runbook: https://wiki.example.com/payments',
      'Service owner: lead-lee', 'Source: http://prometheus.monitoring.svc:9090', '- job: checkout', 'Dedup key: c0ffee00d15ea5e1']) {
      expect(input.description).toContain(text);
    }
  });

  it('queues the first evaluation at once (off the request path) and writes the alert to the timeline', async () => {
    const h = await ingestHarness();
    await pagingOnPriority(h);
    const res = await h.send(firing());
    const key = res.results[0]!.incidentKey!;
    expect(h.notifier.outbox).toEqual([]);
    expect(h.queue.timers).toEqual([{ incidentKey: key, delaySeconds: 0, dueAtMs: h.clock.now() }]);
    await h.runQueuedEvaluations();
    expect(h.host.states.get(key)?.status).toBe('active');
    expect(h.notifier.outbox.length).toBeGreaterThan(0);
    expect((await h.store.listEvents(key)).map((e) => e.type)).toContain('alertReceived');
    expect(await h.alerts.listDeliveries(h.id, 5)).toEqual([expect.objectContaining({ outcome: 'accepted', incidentKey: key, dedupKey: 'c0ffee00d15ea5e1', httpStatus: 202 })]);
  });

  it('uses the configured label as the service when the integration maps one', async () => {
    const h = await ingestHarness({ serviceLabel: 'job' });
    await h.send(firing());
    expect(h.host.created[0]!.input.service).toBe('checkout');
  });
});

describe('repeats of an open alert', () => {
  it('count on one incident and update one rolled-up comment only after the debounce', async () => {
    const h = await ingestHarness({ dedupDebounceSeconds: 300 });
    const key = (await h.send(firing())).results[0]!.incidentKey!;
    const before = { ...h.host.requests };
    for (let i = 0; i < 5; i++) expect((await h.send(firing())).results[0]).toMatchObject({ outcome: 'deduplicated', incidentKey: key });
    expect(h.host.requests).toEqual(before);
    h.clock.advance(5);
    await h.send(firing());
    h.clock.advance(5);
    await h.send(firing());
    const rollups = h.host.comments.filter((c) => c.key === key && c.id !== undefined);
    expect(rollups).toHaveLength(1);
    expect(rollups[0]!.body).toContain('has fired 8 times');
    expect(h.host.actions.filter((a) => a.startsWith(`${key} `) && /comment|updateComment/.test(a))).toEqual([`${key} comment`, `${key} updateComment`]);
    expect(h.host.created).toHaveLength(1);
    expect((await h.alerts.getDedup(h.id, 'c0ffee00d15ea5e1'))?.count).toBe(8);
  });

  it('reach at most one incident when two deliveries of a new key race', async () => {
    const h = await ingestHarness();
    const [a, b] = await Promise.all([h.send(firing()), h.send(firing())]);
    expect(h.host.created).toHaveLength(1);
    expect([a.status, b.status].sort()).toEqual([202, 503]);
    const retry = await h.send(firing());
    expect(retry.results[0]?.outcome).toBe('deduplicated');
  });
});

describe('suppression', () => {
  it('records an alert in a maintenance window with the rule, and opens nothing', async () => {
    const h = await ingestHarness();
    await h.alerts.saveAlertSettings({ maintenanceWindows: [{ id: 'db-upgrade', service: 'Payments', kind: 'one-off', start: '2026-11-27T08:00:00.000Z', end: '2026-11-27T10:00:00.000Z' }], peakHours: [] });
    const res = await h.send(firing());
    expect(res.results[0]).toMatchObject({ outcome: 'suppressed', reason: expect.stringContaining('maintenance rule db-upgrade') });
    expect(h.host.created).toEqual([]);
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'suppressed', reason: expect.stringContaining('db-upgrade') });
  });

  it('holds non-critical alerts in peak hours but lets critical ones through', async () => {
    const h = await ingestHarness();
    // T0 is Friday 09:00 in London.
    await h.alerts.saveAlertSettings({ maintenanceWindows: [], peakHours: [{ id: 'office', services: null, timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }] });
    expect((await h.send(firing({ fingerprint: 'w1' }, { severity: 'warning' }))).results[0]).toMatchObject({ outcome: 'suppressed', reason: expect.stringContaining('peak-hours rule office') });
    expect((await h.send(firing())).results[0]?.outcome).toBe('accepted');
  });
});

describe('a resolved alert', () => {
  it('annotates its incident and leaves it open by default', async () => {
    const h = await ingestHarness();
    const key = (await h.send(firing())).results[0]!.incidentKey!;
    const res = await h.send(resolved());
    expect(res.results[0]).toMatchObject({ outcome: 'accepted', incidentKey: key, reason: `annotated ${key}` });
    expect(h.host.comments.some((c) => c.key === key && c.body.startsWith('Alert resolved'))).toBe(true);
    expect((await h.store.listEvents(key)).map((e) => e.type)).toContain('alertResolved');
    expect(h.host.actions).not.toContain(`${key} transition Resolve`);
    expect((await h.send(firing())).results[0]).toMatchObject({ outcome: 'deduplicated', incidentKey: key });
  });

  it('resolves the incident through the configured transition and frees the dedup key', async () => {
    const h = await ingestHarness({ onResolved: 'resolve', resolveTransition: 'Mark as resolved' });
    const key = (await h.send(firing())).results[0]!.incidentKey!;
    await h.send(resolved());
    expect(h.host.actions).toContain(`${key} transition Mark as resolved`);
    const again = await h.send(firing());
    expect(again.results[0]?.incidentKey).not.toBe(key);
    expect(h.host.created).toHaveLength(2);
  });

  it('stops the escalation when the integration says so', async () => {
    const h = await ingestHarness({ onResolved: 'stop-escalation' });
    await pagingOnPriority(h);
    const key = (await h.send(firing())).results[0]!.incidentKey!;
    await h.runQueuedEvaluations();
    expect(h.host.states.get(key)?.status).toBe('active');
    await h.send(resolved());
    expect(h.host.states.get(key)?.standDown?.by).toBe('integration:am-prod');
  });

  it('is recorded as ignored when nothing is open for its key', async () => {
    const h = await ingestHarness();
    expect((await h.send(resolved())).results[0]?.outcome).toBe('ignored');
    expect((await h.alerts.listDeliveries(h.id, 1))[0]?.outcome).toBe('ignored');
  });
});

describe('correlation', () => {
  it('joins a related alert to the open incident of the same service instead of opening another', async () => {
    const h = await ingestHarness({ correlation: [{ id: 'same-svc', kind: 'same-service', withinMinutes: 10 }] });
    const key = (await h.send(firing())).results[0]!.incidentKey!;
    h.clock.advance(3);
    const other = await h.send(firing({ fingerprint: 'disk-full', annotations: { summary: 'Disk full' } }));
    expect(other.results[0]).toMatchObject({ outcome: 'accepted', incidentKey: key, reason: `joined ${key} by correlation rule same-svc` });
    expect(h.host.created).toHaveLength(1);
    expect(h.host.comments.some((c) => c.key === key && c.body.includes('Disk full'))).toBe(true);
    expect((await h.send(firing({ fingerprint: 'disk-full' }))).results[0]).toMatchObject({ outcome: 'deduplicated', incidentKey: key });
  });

  it('opens a new incident once the window has passed', async () => {
    const h = await ingestHarness({ correlation: [{ id: 'same-svc', kind: 'same-service', withinMinutes: 10 }] });
    await h.send(firing());
    h.clock.advance(11);
    await h.send(firing({ fingerprint: 'disk-full' }));
    expect(h.host.created).toHaveLength(2);
  });
});

describe('sustained degradation', () => {
  it('holds an alert until it has fired the configured number of times', async () => {
    const h = await ingestHarness({ sustain: { occurrences: 3 } });
    expect((await h.send(firing())).results[0]).toMatchObject({ outcome: 'held', reason: expect.stringContaining('needs 3 occurrences') });
    expect((await h.send(firing())).results[0]?.outcome).toBe('held');
    expect((await h.send(firing())).results[0]?.outcome).toBe('accepted');
    expect(h.host.created).toHaveLength(1);
  });

  it('starts over when the alert resolves in between (flapping)', async () => {
    const h = await ingestHarness({ sustain: { forMinutes: 5 } });
    await h.send(firing());
    h.clock.advance(3);
    await h.send(resolved());
    h.clock.advance(3);
    expect((await h.send(firing())).results[0]?.outcome).toBe('held');
    h.clock.advance(5);
    expect((await h.send(firing())).results[0]?.outcome).toBe('accepted');
  });
});

describe('send test alert (dry run)', () => {
  it('says what would happen, with priority and enrichment, and stores, creates and pages nothing', async () => {
    const h = await ingestHarness();
    await pagingOnPriority(h);
    await h.store.saveConfig(aConfig({ services: [{ name: 'Payments', criticality: 'mission-critical' }] }));
    const snapshot = JSON.stringify([await h.alerts.listDeliveries(h.id, 200), await h.alerts.loadIngest(h.id)]);
    const res = await h.send(firing(), {}, { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.results[0]).toMatchObject({ outcome: 'accepted', wouldCreate: { priority: 'P1', impact: 'Extensive / Widespread', urgency: 'Critical', summary: '[CRITICAL] p99 checkout latency above 2 s' } });
    expect(h.host.created).toEqual([]);
    expect(h.notifier.outbox).toEqual([]);
    expect(h.host.states.size).toBe(0);
    expect(JSON.stringify([await h.alerts.listDeliveries(h.id, 200), await h.alerts.loadIngest(h.id)])).toBe(snapshot);
  });

  it('previews a repeat and a suppression the same way', async () => {
    const h = await ingestHarness();
    await h.send(firing());
    expect((await h.send(firing(), {}, { dryRun: true })).results[0]).toMatchObject({ outcome: 'deduplicated', reason: 'would count as repeat 2 of ITOPS-1000' });
    expect((await h.alerts.getDedup(h.id, 'c0ffee00d15ea5e1'))?.count).toBe(1);
  });
});
