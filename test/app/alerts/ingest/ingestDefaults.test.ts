import { sandboxSns } from '../../../../sandbox/aws/sandboxSns.js';
import { sendTestAlert } from '../../../../src/app/alerts/admin/sendTestAlert.js';
import { ADMIN } from '../../../support/appHarness.js';
import { fixture, ingestHarness, snsEnvelope } from './ingestHarness.js';

describe('vendors\' default payloads', () => {
  it('Datadog\'s default template opens an incident, and the monitor\'s [Recovered] resolves it', async () => {
    const h = await ingestHarness({ id: 'dd', format: 'datadog', service: 'Intranet' });
    const res = await h.send(fixture('datadog-default'));
    expect(res.status).toBe(202);
    expect(h.host.created[0]!.input).toMatchObject({ summary: '[ERROR] [Triggered on {host:web-intranet-2}] Intranet CPU above 90%', service: 'Intranet' });
    const recovered = { ...fixture('datadog-default'), title: '[Recovered on {host:web-intranet-2}] Intranet CPU above 90%', id: '7312459876543219999' };
    expect((await h.send(recovered)).results[0]).toMatchObject({ outcome: 'accepted', reason: expect.stringMatching(/^annotated ITOPS-/) });
  });

  it('Splunk stats rows without a search name and raw events each open their incident', async () => {
    const h = await ingestHarness({ id: 'sp', format: 'splunk', auth: 'url-token', service: 'Intranet' });
    expect((await h.send(fixture('splunk-stats'))).results[0]).toMatchObject({ outcome: 'accepted' });
    expect((await h.send(fixture('splunk-raw-event'))).results[0]).toMatchObject({ outcome: 'accepted' });
    expect(h.host.created.map((c) => c.input.summary)).toEqual(['[ERROR] Splunk alert scheduler__admin__search__W2', '[ERROR] SSH failed logins on the VPN gateway']);
    expect(h.host.created[1]!.input.description).toContain('Failed password for invalid user admin');
  });

  it('Elastic Security: one incident per flagged host, and the rule\'s next run rolls up into it', async () => {
    const h = await ingestHarness({ id: 'es', format: 'elastic-security', auth: 'basic', service: null });
    const res = await h.send(fixture('elastic-security'));
    expect(res.results).toEqual([expect.objectContaining({ outcome: 'accepted', dedupKey: 'elastic:6f1d2c3b-8a9e-4f10-b2c3-d4e5f6a7b8c9:ws-042' })]);
    expect(h.host.created[0]!.input).toMatchObject({ service: 'Intranet', summary: expect.stringContaining('Multiple failed logins followed by success on ws-042') });
    expect((await h.send(fixture('elastic-security'))).results[0]?.outcome).toBe('deduplicated');
  });

  it('a grouped Alertmanager notification with one alert resolved and some truncated: each alert on its own, the truncation said', async () => {
    const h = await ingestHarness({ id: 'am', format: 'alertmanager', service: 'Payments' });
    const res = await h.send(fixture('alertmanager-grouped'));
    expect(res.results.map((r) => [r.dedupKey, r.outcome])).toEqual([['1111aaaa2222bbbb', 'accepted'], ['3333cccc4444dddd', 'ignored'], ['5555eeee6666ffff', 'accepted']]);
    expect(res.body['note']).toBe('1 alert(s) of the group were truncated by the sender and are not in this request');
    expect(h.host.created).toHaveLength(2);
  });

  it('a grouped Grafana notification with partial resolution resolves only the resolved alert', async () => {
    const h = await ingestHarness({ id: 'gr', format: 'grafana', service: 'Email' });
    const firstAlert = (fixture('grafana-grouped')['alerts'] as unknown[])[1] as Record<string, unknown>;
    await h.send({ ...fixture('grafana'), alerts: [{ ...firstAlert, status: 'firing' }] });
    const res = await h.send(fixture('grafana-grouped'));
    expect(res.results.map((r) => [r.dedupKey, r.outcome])).toEqual([['5e7a1c2b9d0f4e33', 'accepted'], ['7f8e9d0c1b2a3948', 'accepted']]);
    expect(res.results[1]!.reason).toMatch(/^annotated ITOPS-1/);
  });
});

describe('SNS signatures', () => {
  const harness = (raw = false) => ingestHarness({ id: 'aws', format: 'cloudwatch-sns', auth: 'sns', service: 'Payments', snsRawDelivery: raw });

  it.each(['1', '2'] as const)('verifies SignatureVersion %s against the certificate from SigningCertURL, fetched once', async (version) => {
    const h = await harness();
    expect((await h.send(snsEnvelope(h.clock.now(), 'Notification', undefined, { version }))).status).toBe(202);
    expect(h.certificates.fetched).toEqual([sandboxSns().certUrl('eu-west-1')]);
  });

  it('refuses a message signed with another key (403), storing nothing', async () => {
    const h = await harness();
    const { generateKeyPairSync } = await import('node:crypto');
    const forged = sandboxSns().sign({ Type: 'Notification', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:jira-alarms', Message: JSON.stringify(fixture('cloudwatch-alarm')) }, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, nowMs: h.clock.now() });
    expect((await h.send(forged)).status).toBe(403);
    expect(await h.alerts.listDeliveries('aws', 5)).toEqual([]);
  });

  it('accepts SNS\'s retry of an hour-old message once, and refuses its replay by MessageId', async () => {
    const h = await harness();
    const message = snsEnvelope(h.clock.now() - 3_600_000, 'Notification');
    expect((await h.send(message)).status).toBe(202);
    expect((await h.send(message)).status).toBe(409);
  });

  it('answers 503 when the certificate cannot be fetched, and SNS\'s retry goes through afterwards', async () => {
    const h = await harness();
    const message = snsEnvelope(h.clock.now(), 'Notification');
    h.certificates.unavailable = true;
    expect((await h.send(message)).status).toBe(503);
    h.certificates.unavailable = false;
    expect((await h.send(message)).status).toBe(202);
  });

  it('refuses (403, not 503) a certificate URL on SNS\'s host where there is no certificate', async () => {
    const h = await harness();
    h.certificates.pems.clear();
    expect((await h.send(snsEnvelope(h.clock.now(), 'Notification'))).status).toBe(403);
  });

  it('raw message delivery: the alarm JSON itself with the URL token, each x-amz-sns-message-id once', async () => {
    const h = await harness(true);
    const headers = { 'x-amz-sns-message-type': ['Notification'], 'x-amz-sns-message-id': ['6e3f9a1b-0c2d-4e5f-8a9b-0c1d2e3f4a5b'] };
    expect((await h.send(fixture('cloudwatch-alarm'), { headers })).status).toBe(202);
    expect((await h.send(fixture('cloudwatch-alarm'), { headers })).status).toBe(409);
    // Without raw delivery an unsigned body is refused.
    const strict = await harness(false);
    expect((await strict.send(fixture('cloudwatch-alarm'), { headers })).status).toBe(403);
  });
});

describe('no valid alert left unrecorded', () => {
  it('opens the incident without a component Jira refuses, saying what could not be set and why', async () => {
    const h = await ingestHarness({ id: 'gr', format: 'grafana', service: 'Email' });
    h.host.refusedComponents.add('Billing');
    const body = fixture('grafana');
    const [alert] = body['alerts'] as Array<Record<string, unknown>>;
    const res = await h.send({ ...body, alerts: [{ ...alert, labels: { ...(alert!['labels'] as object), service: 'Billing' } }] });
    expect(res.status).toBe(202);
    const key = res.results[0]!.incidentKey!;
    expect(res.results[0]!.reason).toBe(`opened ${key} without service "Billing" (Jira refused them)`);
    expect(h.host.created).toHaveLength(1);
    expect(h.host.created[0]!.input.service).toBeNull();
    expect(h.host.created[0]!.input.description).toContain('Service (component) "Billing": components: Specify a valid \'components\' id or name');
    expect((await h.store.listEvents(key)).find((e) => e.type === 'alertReceived')?.detail).toContain('Jira refused service "Billing"');
    expect((await h.send({ ...body, alerts: [{ ...alert, labels: { ...(alert!['labels'] as object), service: 'Billing' } }] })).results[0]?.outcome).toBe('deduplicated');
  });

  it('a multi-alert request that fails part-way: the retry applies the rest and counts the first alerts once', async () => {
    const h = await ingestHarness({ id: 'am', format: 'alertmanager', service: 'Payments' });
    const body = fixture('alertmanager-grouped');
    const create = h.host.createIncident.bind(h.host);
    let calls = 0;
    h.host.createIncident = async (input) => {
      if (++calls === 2) throw new Error('Jira answered 503');
      return create(input);
    };
    expect((await h.send(body)).status).toBe(503);
    const retry = await h.send(body);
    expect(retry.status).toBe(202);
    // The first two were applied by the first attempt (an incident, and a resolve with nothing open).
    expect(retry.results.map((r) => r.outcome)).toEqual(['deduplicated', 'deduplicated', 'accepted']);
    expect(retry.results.slice(0, 2).map((r) => r.reason)).toEqual(Array(2).fill('already applied by an earlier attempt of this delivery'));
    expect(h.host.created).toHaveLength(2);
    expect((await h.alerts.getDedup('am', '1111aaaa2222bbbb'))?.count).toBe(1);
  });
});

describe('Send test alert as the tool would send it', () => {
  it('goes through the real authentication and rate limit and opens the incident', async () => {
    const h = await ingestHarness({ id: 'sp', format: 'splunk', auth: 'url-token', service: 'Payments', rateLimitPerMinute: 1 });
    const first = await sendTestAlert(h.deps, ADMIN, { id: 'sp', asTool: true });
    expect(first).toMatchObject({ httpStatus: 202, results: [{ outcome: 'accepted', incidentKey: expect.stringMatching(/^ITOPS-/) }] });
    expect(h.host.created).toHaveLength(1);
    expect((await sendTestAlert(h.deps, ADMIN, { id: 'sp', asTool: true })).httpStatus).toBe(429);
  });

  it('puts the current secret where the tool would: the Events v2 routing_key', async () => {
    const h = await ingestHarness({ id: 'ev2', format: 'pagerduty-events-v2', auth: 'routing-key' });
    expect((await sendTestAlert(h.deps, ADMIN, { id: 'ev2', asTool: true })).httpStatus).toBe(202);
  });

  it('is refused for a disabled integration, previews included', async () => {
    const h = await ingestHarness({ id: 'am', enabled: false });
    await expect(sendTestAlert(h.deps, ADMIN, { id: 'am', asTool: true })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(sendTestAlert(h.deps, ADMIN, { id: 'am' })).rejects.toMatchObject({ code: 'INVALID' });
    expect(h.host.created).toEqual([]);
  });

  it('is refused for signed SNS, which only AWS can sign', async () => {
    const h = await ingestHarness({ id: 'aws', format: 'cloudwatch-sns', auth: 'sns' });
    await expect(sendTestAlert(h.deps, ADMIN, { id: 'aws', asTool: true })).rejects.toMatchObject({ code: 'INVALID' });
  });
});
