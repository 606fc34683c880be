import { fixture, ingestHarness } from './ingestHarness.js';

const firing = (fingerprint: string, alertname = 'CheckoutLatency') => {
  const body = fixture('alertmanager');
  const [alert] = body['alerts'] as Array<Record<string, unknown>>;
  return { ...body, alerts: [{ ...alert, fingerprint, labels: { ...(alert!['labels'] as object), alertname } }] };
};

describe('concurrent deliveries', () => {
  it('each keep their own delivery record when two repeats of an open alert race', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 1000 });
    const opened = await h.send(firing('fp-1'));
    expect(opened.status).toBe(202);
    const racing = await Promise.all([h.send(firing('fp-1')), h.send(firing('fp-1')), h.send(firing('fp-1'))]);
    expect(racing.map((r) => r.results[0]?.outcome)).toEqual(['deduplicated', 'deduplicated', 'deduplicated']);
    const deliveries = await h.alerts.listDeliveries(h.id, 10);
    expect(deliveries).toHaveLength(4);
    expect(new Set(deliveries.map((d) => d.id)).size).toBe(4);
  });

  it('each keep their own delivery record when alerts with different keys race', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 1000 });
    const racing = await Promise.all(['a', 'b', 'c'].map((k) => h.send(firing(`fp-${k}`, `Alert-${k}`))));
    expect(racing.map((r) => r.status)).toEqual([202, 202, 202]);
    const deliveries = await h.alerts.listDeliveries(h.id, 10);
    expect(deliveries.map((d) => d.incidentKey).sort()).toEqual(racing.map((r) => r.results[0]!.incidentKey).sort());
  });

  it('numbers deliveries after those a racing request took, so later ones overwrite nothing', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 1000 });
    await h.send(firing('fp-1'));
    await Promise.all([h.send(firing('fp-1')), h.send(firing('fp-1'))]);
    for (let i = 0; i < 3; i++) await h.send(firing('fp-1'));
    const deliveries = await h.alerts.listDeliveries(h.id, 10);
    expect(deliveries).toHaveLength(6);
    expect(new Set(deliveries.map((d) => d.id)).size).toBe(6);
  });
});

describe('an invocation that died after creating the incident', () => {
  it('is recovered by the retry, which adopts that incident instead of opening a second', async () => {
    const h = await ingestHarness();
    const commit = h.alerts.commit.bind(h.alerts);
    h.alerts.commit = async () => { throw new Error('invocation timed out'); };
    const first = await h.send(firing('fp-1'));
    expect(first.status).toBe(503);
    expect(h.host.created).toHaveLength(1);
    h.alerts.commit = commit;
    h.clock.advance(2);
    const retry = await h.send(firing('fp-1'));
    expect(retry.status).toBe(202);
    expect(h.host.created).toHaveLength(1);
    const key = h.host.created[0]!.key;
    expect(retry.results[0]).toMatchObject({ outcome: 'accepted', incidentKey: key });
    expect((await h.alerts.getDedup(h.id, 'fp-1'))?.incidentKey).toBe(key);
    expect((await h.send(firing('fp-1'))).results[0]).toMatchObject({ outcome: 'deduplicated', incidentKey: key });
  });

  it('does not adopt an incident of the same key that was already resolved', async () => {
    const h = await ingestHarness();
    const commit = h.alerts.commit.bind(h.alerts);
    h.alerts.commit = async () => { throw new Error('invocation timed out'); };
    await h.send(firing('fp-1'));
    h.alerts.commit = commit;
    const stale = h.host.created[0]!.key;
    const rec = (await h.host.getIncident(stale))!;
    h.host.put({ ...rec.incident, statusCategory: 'done' }, rec.state);
    h.clock.advance(2);
    const retry = await h.send(firing('fp-1'));
    expect(h.host.created).toHaveLength(2);
    expect(retry.results[0]?.incidentKey).not.toBe(stale);
  });
});
