import { ingestAlert } from '../../../../src/app/alerts/ingest/ingestAlert.js';
import { hmacSignature } from '../../../../src/domain/alerts/auth/hmacSignature.js';
import { fixture, ingestHarness, SECRET } from './ingestHarness.js';

describe('the alert endpoint answers', () => {
  it('202 and opens an incident for an authenticated Alertmanager alert', async () => {
    const h = await ingestHarness();
    const res = await h.send(fixture('alertmanager'));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'accepted', results: [{ outcome: 'accepted', incidentKey: 'ITOPS-1000' }] });
  });

  it('404 for an unknown, malformed or disabled integration, storing nothing', async () => {
    const h = await ingestHarness({ id: 'off', enabled: false });
    for (const integration of [['nope'], ['../etc'], [], ['off']]) {
      const res = await ingestAlert(h.deps, { ...h.request(fixture('alertmanager')), queryParameters: { integration } });
      expect(res.status).toBe(404);
    }
    expect(await h.alerts.listDeliveries('off', 10)).toEqual([]);
  });

  it('413 for a body over 256 KB, before reading storage', async () => {
    const h = await ingestHarness();
    const before = h.alerts.ops;
    const res = await h.send('x'.repeat(256 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(h.alerts.ops).toBe(before);
  });

  it('accepts a body of exactly 256 KB as far as size goes (it is then judged as JSON)', async () => {
    const h = await ingestHarness();
    expect((await h.send('x'.repeat(256 * 1024))).status).toBe(400);
  });

  it('405 for anything but POST', async () => {
    const h = await ingestHarness();
    const res = await h.send(fixture('alertmanager'), { method: 'GET' });
    expect(res).toMatchObject({ status: 405, headers: { Allow: 'POST' } });
  });

  it('401 without a bearer token and 403 with a wrong one, storing nothing', async () => {
    const h = await ingestHarness();
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: [] } })).status).toBe(401);
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: ['Basic abc'] } })).status).toBe(401);
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: [`Bearer ${SECRET}x`] } })).status).toBe(403);
    expect(await h.alerts.listDeliveries(h.id, 10)).toEqual([]);
    expect(h.host.created).toEqual([]);
  });

  it('accepts the previous secret during its rotation overlap, and refuses it afterwards', async () => {
    const h = await ingestHarness();
    const old = 'previous-secret-0123456789abcdef';
    await h.alerts.saveSecret(h.id, { current: SECRET, previous: old, previousValidUntil: new Date(h.clock.now() + 60_000).toISOString() });
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: [`Bearer ${old}`] } })).status).toBe(202);
    h.clock.advance(1);
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: [`Bearer ${old}`] } })).status).toBe(403);
  });

  it('403 when the integration has no secret yet', async () => {
    const h = await ingestHarness();
    await h.alerts.deleteIntegration(h.id);
    await h.alerts.saveIntegration(h.integration);
    expect((await h.send(fixture('alertmanager'))).status).toBe(403);
  });

  describe('HMAC', () => {
    const body = JSON.stringify(fixture('alertmanager'));
    const signed = (ts: number, sig?: string) => ({ headers: { 'x-signature-timestamp': [String(ts)], 'x-signature': [sig ?? `sha256=${hmacSignature(SECRET, String(ts), body)}`] } });

    it('accepts a signature over timestamp and body, with or without the sha256= prefix, any header case', async () => {
      const h = await ingestHarness({ auth: 'hmac' });
      const ts = Math.floor(h.clock.now() / 1000);
      expect((await h.send(body, signed(ts))).status).toBe(202);
      expect((await h.send(body, signed(ts - 1, hmacSignature(SECRET, String(ts - 1), body).toUpperCase()))).status).toBe(202);
    });

    it('409 for a signed request sent a second time inside its window, and nothing more is stored', async () => {
      const h = await ingestHarness({ auth: 'hmac' });
      const ts = Math.floor(h.clock.now() / 1000);
      expect((await h.send(body, signed(ts))).status).toBe(202);
      const deliveries = await h.alerts.listDeliveries(h.id, 10);
      h.clock.advance(4);
      const replay = await h.send(body, signed(ts, hmacSignature(SECRET, String(ts), body).toUpperCase()));
      expect(replay).toMatchObject({ status: 409, body: { reason: expect.stringContaining('X-Signature: this signed request was already accepted') } });
      expect(await h.alerts.listDeliveries(h.id, 10)).toEqual(deliveries);
    });

    it('a signed request that failed with 503 may be retried with the same signature', async () => {
      const h = await ingestHarness({ auth: 'hmac' });
      const ts = Math.floor(h.clock.now() / 1000);
      const commit = h.alerts.commit.bind(h.alerts);
      h.alerts.commit = async () => { throw new Error('KVS unavailable'); };
      expect((await h.send(body, signed(ts))).status).toBe(503);
      h.alerts.commit = commit;
      expect((await h.send(body, signed(ts))).status).toBe(202);
    });

    it.each([
      ['4 min 59 s old', -299, 202],
      ['5 min 1 s old', -301, 401],
      ['5 min 1 s in the future', 301, 401],
    ])('judges a timestamp %s', async (_what, offsetSeconds, status) => {
      const h = await ingestHarness({ auth: 'hmac' });
      const ts = Math.floor(h.clock.now() / 1000) + offsetSeconds;
      expect((await h.send(body, signed(ts))).status).toBe(status);
    });

    it('403 for a signature over another body or timestamp; 401 without the headers', async () => {
      const h = await ingestHarness({ auth: 'hmac' });
      const ts = Math.floor(h.clock.now() / 1000);
      expect((await h.send(body, signed(ts, hmacSignature(SECRET, String(ts), `${body} `)))).status).toBe(403);
      expect((await h.send(body, signed(ts, hmacSignature(SECRET, String(ts - 1), body)))).status).toBe(403);
      expect((await h.send(body, { headers: { 'X-Signature': [], 'X-Signature-Timestamp': [] } })).status).toBe(401);
      expect(await h.alerts.listDeliveries(h.id, 10)).toEqual([]);
    });
  });

  it('400 naming the field for a malformed payload, recorded as a refused delivery', async () => {
    const h = await ingestHarness();
    const res = await h.send({ ...fixture('alertmanager'), version: '3' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'refused', reason: expect.stringContaining('body.version'), errors: [{ field: 'version' }] });
    expect(await h.alerts.listDeliveries(h.id, 10)).toEqual([expect.objectContaining({ outcome: 'refused', httpStatus: 400, reason: expect.stringContaining('body.version') })]);
  });

  it('400 for a body that is not JSON', async () => {
    const h = await ingestHarness();
    const res = await h.send('{"version": "4",');
    expect(res).toMatchObject({ status: 400, body: { reason: 'body: not valid JSON' } });
  });

  it('429 with Retry-After once over the per-minute rate, recorded, and accepts again next minute', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 2 });
    h.clock.advance(0.25);
    expect((await h.send(fixture('alertmanager'))).status).toBe(202);
    expect((await h.send(fixture('alertmanager'))).status).toBe(202);
    const limited = await h.send(fixture('alertmanager'));
    expect(limited).toMatchObject({ status: 429, headers: { 'Retry-After': '45' } });
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'refused', httpStatus: 429 });
    h.clock.advance(0.75);
    expect((await h.send(fixture('alertmanager'))).status).toBe(202);
  });

  const withAlerts = (n: number) => {
    const body = fixture('alertmanager');
    const [alert] = body['alerts'] as Array<Record<string, unknown>>;
    return { ...body, alerts: Array.from({ length: n }, (_, i) => ({ ...alert, fingerprint: `f${i}`, labels: { ...(alert!['labels'] as object), instance: `host-${i}` } })) };
  };

  it('413 naming the cap for a request with more than 100 alerts; nothing is opened', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 1000 });
    const res = await h.send(withAlerts(101));
    expect(res).toMatchObject({ status: 413, body: { reason: 'body.alerts: 101 alerts in one request; at most 100 are accepted' } });
    expect(h.host.created).toEqual([]);
    expect((await h.send(withAlerts(100))).status).toBe(202);
  });

  it('counts alerts, not requests, against the rate limit', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 3 });
    h.clock.advance(0.25);
    expect((await h.send(withAlerts(2))).status).toBe(202);
    const limited = await h.send(withAlerts(2));
    expect(limited).toMatchObject({ status: 429, headers: { 'Retry-After': '45' }, body: { reason: 'over 3 alerts a minute (2 in this request, 1 left); retry after 45 s' } });
    expect(h.host.created).toHaveLength(2);
    expect((await h.send(withAlerts(1))).status).toBe(202);
  });

  it('503 with Retry-After when storage fails, never a 2xx for an alert not recorded', async () => {
    const h = await ingestHarness();
    h.alerts.commit = async () => { throw new Error('KVS unavailable'); };
    const res = await h.send(fixture('alertmanager'));
    expect(res).toMatchObject({ status: 503, headers: { 'Retry-After': '30' } });
  });

  it('400 for something that is not a webtrigger request at all', async () => {
    const h = await ingestHarness();
    expect((await ingestAlert(h.deps, { method: 42 })).status).toBe(400);
    expect((await ingestAlert(h.deps, null)).status).toBe(400);
  });
});
