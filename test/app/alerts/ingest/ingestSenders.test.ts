import { AUTH_BY_FORMAT, type AuthKind, type IntegrationInput, type SourceFormatName } from '../../../../src/contracts/integration.js';
import { grafanaSignature } from '../../../../src/domain/alerts/auth/grafanaSignature.js';
import { samplePayload } from '../../../../src/domain/alerts/formats/samplePayload.js';
import { nextPolicyVersion } from '../../../../src/domain/policies/policyVersion.js';
import { aPolicy, T0 } from '../../../support/builders.js';
import { fixture, ingestHarness, SECRET } from './ingestHarness.js';

const OTHER = 'another-secret-0123456789abcdef01';
const sample = (format: SourceFormatName) => samplePayload(format, 'Payments', new Date(T0));
const basic = (user: string, password: string) => [`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`];

/** How a wrong credential of each scheme is sent: the same request with one part changed. */
const WRONG: Record<Exclude<AuthKind, 'sns' | 'hmac'>, (id: string) => { headers?: Record<string, string[]>; query?: Record<string, string[]>; body?: (b: Record<string, unknown>) => unknown }> = {
  bearer: () => ({ headers: { Authorization: [`Bearer ${OTHER}`] } }),
  basic: (id) => ({ headers: { Authorization: basic(id, OTHER) } }),
  'grafana-hmac': () => ({ headers: { 'X-Grafana-Alerting-Signature': ['0'.repeat(64)] } }),
  'url-token': () => ({ query: { token: [OTHER] } }),
  'routing-key': () => ({ body: (b) => ({ ...b, routing_key: OTHER }) }),
};
const MISSING: Record<Exclude<AuthKind, 'sns' | 'hmac'>, { headers?: Record<string, string[]>; query?: Record<string, string[]>; body?: (b: Record<string, unknown>) => unknown }> = {
  bearer: { headers: { Authorization: [] } },
  basic: { headers: { Authorization: [] } },
  'grafana-hmac': { headers: { 'X-Grafana-Alerting-Signature': [] } },
  'url-token': { query: { token: [] } },
  'routing-key': { body: (b) => { const { routing_key: _r, ...rest } = b; return rest; } },
};

const cases = (Object.entries(AUTH_BY_FORMAT) as Array<[SourceFormatName, readonly AuthKind[]]>)
  .flatMap(([format, kinds]) => kinds.filter((k): k is keyof typeof WRONG => k in WRONG).map((auth) => [format, auth] as const));

describe.each(cases)('%s with %s authentication', (format, auth) => {
  const harness = (over: Partial<IntegrationInput> = {}) => ingestHarness({ id: 'sender', format, auth, service: 'Payments', ...over });

  it('accepts the tool\'s own credential and opens the incident', async () => {
    const h = await harness();
    const res = await h.send(sample(format));
    expect(res.status).toBe(202);
    expect(res.results[0]).toMatchObject({ outcome: 'accepted', incidentKey: expect.stringMatching(/^ITOPS-/) });
  });

  it('refuses a wrong credential with 403 and a missing one with 401, storing nothing', async () => {
    const h = await harness();
    const body = sample(format);
    const wrong = WRONG[auth]('sender');
    expect((await h.send(wrong.body ? JSON.stringify(wrong.body(JSON.parse(h.request(body).body))) : body, wrong)).status).toBe(403);
    const missing = MISSING[auth];
    expect((await h.send(missing.body ? JSON.stringify(missing.body(JSON.parse(h.request(body).body))) : body, missing)).status).toBe(401);
    expect(await h.alerts.listDeliveries('sender', 10)).toEqual([]);
    expect(h.host.created).toEqual([]);
  });

  it('keeps accepting the previous secret during a rotation overlap, and not after it', async () => {
    const h = await harness();
    await h.alerts.saveSecret('sender', { current: OTHER, previous: SECRET, previousValidUntil: new Date(h.clock.now() + 60_000).toISOString() });
    expect((await h.send(sample(format))).status).toBe(202);
    h.clock.advance(2);
    expect((await h.send(sample(format))).status).toBe(403);
  });
});

describe('Grafana\'s own HMAC', () => {
  const body = JSON.stringify(fixture('grafana'));

  it('accepts the signature over the body alone, under Grafana\'s documented header or its code\'s fallback name', async () => {
    const h = await ingestHarness({ id: 'g', format: 'grafana', auth: 'grafana-hmac', service: 'Email' });
    const sig = grafanaSignature(SECRET, body, null);
    expect((await h.send(body, { headers: { 'X-Grafana-Alerting-Signature': [sig] } })).status).toBe(202);
    expect((await h.send(body, { headers: { 'X-Grafana-Alerting-Signature': [], 'X-Grafana-Alert-Signature': [sig] } })).status).toBe(202);
  });

  it('with a timestamp header: signs "timestamp:body", refuses an old timestamp and a replay', async () => {
    const h = await ingestHarness({ id: 'g', format: 'grafana', auth: 'grafana-hmac', service: 'Email', grafanaSignature: { header: 'X-Grafana-Alerting-Signature', timestampHeader: 'X-Grafana-Alerting-Signature-Timestamp' } });
    const ts = String(Math.floor(h.clock.now() / 1000));
    const signed = { headers: { 'X-Grafana-Alerting-Signature-Timestamp': [ts], 'X-Grafana-Alerting-Signature': [grafanaSignature(SECRET, body, ts)] } };
    expect((await h.send(body, signed)).status).toBe(202);
    expect((await h.send(body, signed)).status).toBe(409);
    // The body-only signature is not the timestamped one.
    expect((await h.send(body, { headers: { ...signed.headers, 'X-Grafana-Alerting-Signature': [grafanaSignature(SECRET, body, null)] } })).status).toBe(403);
    const old = String(Number(ts) - 600);
    expect((await h.send(body, { headers: { 'X-Grafana-Alerting-Signature-Timestamp': [old], 'X-Grafana-Alerting-Signature': [grafanaSignature(SECRET, body, old)] } })).status).toBe(401);
  });
});

describe('Events v2 senders', () => {
  it('authenticate with routing_key alone, and a wrong Authorization header is still refused', async () => {
    const h = await ingestHarness({ id: 'ev2', format: 'pagerduty-events-v2', auth: 'routing-key' });
    const body = JSON.stringify({ ...fixture('pagerduty-events-v2'), routing_key: SECRET });
    expect((await h.send(body)).status).toBe(202);
    expect((await h.send(body, { headers: { Authorization: [`Bearer ${OTHER}`] } })).status).toBe(403);
  });

  it('an acknowledge acknowledges the incident\'s escalation, and says so on the incident', async () => {
    const h = await ingestHarness({ id: 'ev2', format: 'pagerduty-events-v2', auth: 'routing-key', service: 'Payments' });
    await h.store.savePolicyVersion(nextPolicyVersion(aPolicy({ triggers: [{ id: 'p2-up', type: 'priorityAtLeast', priority: 'P2' }] }), 1, 'admin-ada', 'page on priority', T0 - 1000));
    const trigger = fixture('pagerduty-events-v2');
    const key = (await h.send({ ...trigger, payload: { ...(trigger['payload'] as object), severity: 'critical' } })).results[0]!.incidentKey!;
    await h.runQueuedEvaluations();
    expect(h.host.states.get(key)?.status).toBe('active');
    const ack = await h.send({ event_action: 'acknowledge', dedup_key: 'mainframe-batch-late-2026-11-27' });
    expect(ack.results[0]).toMatchObject({ outcome: 'accepted', incidentKey: key, reason: `acknowledged ${key}` });
    expect(h.host.states.get(key)?.status).toBe('acknowledged');
    expect(h.host.comments.filter((c) => c.key === key).map((c) => c.body)).toContainEqual(expect.stringContaining('acknowledged by the sender'));
  });

  it('an acknowledge with nothing open is recorded as ignored', async () => {
    const h = await ingestHarness({ id: 'ev2', format: 'pagerduty-events-v2', auth: 'routing-key' });
    const res = await h.send({ event_action: 'acknowledge', dedup_key: 'never-opened' });
    expect(res.results[0]).toMatchObject({ outcome: 'ignored' });
    expect(await h.alerts.listDeliveries('ev2', 5)).toEqual([expect.objectContaining({ outcome: 'ignored', dedupKey: 'never-opened' })]);
  });
});
