import { sandboxSns } from '../../../../sandbox/aws/sandboxSns.js';
import type { SourceFormatName } from '../../../../src/contracts/integration.js';
import { fixture, ingestHarness, snsEnvelope, type Fixture } from './ingestHarness.js';

/** Every vendor fixture, through the endpoint, opens the incident its payload describes. */
describe.each<[SourceFormatName, Fixture, { summary: string; dedupKey: string; service: string | null; urgency: string }]>([
  ['alertmanager', 'alertmanager', { summary: '[CRITICAL] p99 checkout latency above 2 s', dedupKey: 'c0ffee00d15ea5e1', service: 'Payments', urgency: 'Critical' }],
  ['grafana', 'grafana', { summary: '[WARNING] Disk on db-3 is 91% full', dedupKey: '5e7a1c2b9d0f4e33', service: 'Email', urgency: 'Medium' }],
  ['datadog', 'datadog', { summary: expect.stringContaining('Intranet 5xx rate above 10%'), dedupKey: 'a1b2c3d4e5f60718', service: 'Intranet', urgency: 'High' }],
  ['splunk', 'splunk', { summary: '[ERROR] Brute force against VPN gateway', dedupKey: expect.stringMatching(/^fp1:/), service: 'Intranet', urgency: 'High' }],
  ['pagerduty-events-v2', 'pagerduty-events-v2', { summary: '[ERROR] Nightly billing batch has not finished', dedupKey: 'mainframe-batch-late-2026-11-27', service: null, urgency: 'High' }],
])('%s', (format, name, expected) => {
  it('opens an incident from the vendor payload, and a repeat deduplicates', async () => {
    const h = await ingestHarness({ id: `${format}-in`, format, service: null });
    const res = await h.send(fixture(name));
    expect(res.status).toBe(202);
    expect(res.results[0]).toMatchObject({ outcome: 'accepted', dedupKey: expected.dedupKey });
    expect(h.host.created[0]!.input).toMatchObject({ summary: expected.summary, service: expected.service, urgency: expected.urgency, labels: [`alert-${format}-in`, expect.stringMatching(/^alertkey-[0-9a-f]{24}$/)] });
    expect((await h.send(fixture(name))).results[0]?.outcome).toBe('deduplicated');
  });
});

describe('cloudwatch-sns', () => {
  const harness = () => ingestHarness({ id: 'aws-alarms', format: 'cloudwatch-sns', auth: 'sns', service: 'Payments' });

  it('opens an incident from an alarm delivered by SNS with the token and well-formed signing fields', async () => {
    const h = await harness();
    const res = await h.send(snsEnvelope(h.clock.now(), 'Notification'));
    expect(res.status).toBe(202);
    expect(h.host.created[0]!.input).toMatchObject({ summary: expect.stringContaining('checkout-rds-cpu-high is ALARM'), service: 'Payments' });
    expect(res.results[0]?.dedupKey).toBe('arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-rds-cpu-high');
  });

  it('resolves on the alarm going back to OK', async () => {
    const h = await harness();
    await h.send(snsEnvelope(h.clock.now(), 'Notification'));
    const ok = await h.send(snsEnvelope(h.clock.now(), 'Notification', { ...fixture('cloudwatch-alarm'), NewStateValue: 'OK' }));
    expect(ok.results[0]).toMatchObject({ outcome: 'accepted', reason: expect.stringMatching(/^annotated ITOPS-/) });
  });

  it.each([
    ['no token', { query: { token: [] } }, 401],
    ['a wrong token', { query: { token: ['nope-nope-nope-nope'] } }, 403],
  ])('refuses %s, storing nothing', async (_what, extra, status) => {
    const h = await harness();
    expect((await h.send(snsEnvelope(h.clock.now(), 'Notification'), extra)).status).toBe(status);
    expect(await h.alerts.listDeliveries(h.id, 5)).toEqual([]);
  });

  it.each([
    ['a certificate on another host', { SigningCertURL: 'https://evil.example.com/cert.pem' }],
    ['a certificate over http', { SigningCertURL: 'http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-1.pem' }],
    ['a certificate in another region', { SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem' }],
    ['no signature', { Signature: undefined }],
    ['an unknown signature version', { SignatureVersion: '3' }],
    ['a message ID that is not a UUID', { MessageId: 'x' }],
    ['a timestamp an hour old', { Timestamp: '2026-11-27T08:00:00.000Z' }],
  ])('refuses a message with %s (403)', async (_what, change) => {
    const h = await harness();
    const res = await h.send({ ...snsEnvelope(h.clock.now(), 'Notification'), ...change });
    expect(res.status).toBe(403);
    expect(h.host.created).toEqual([]);
    expect(await h.alerts.listDeliveries(h.id, 5)).toEqual([]);
  });

  it('confirms a subscription by calling ConfirmSubscription on the topic region, and records it', async () => {
    const h = await harness();
    const res = await h.send(snsEnvelope(h.clock.now(), 'SubscriptionConfirmation'));
    expect(res.status).toBe(200);
    expect(h.http.sent).toEqual([expect.objectContaining({ url: 'https://sns.eu-west-1.amazonaws.com/', method: 'POST', body: expect.stringContaining('Action=ConfirmSubscription') })]);
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'confirmed', httpStatus: 200 });
  });

  it('keeps the SubscribeURL for an admin when confirming fails, and answers 503 so SNS retries', async () => {
    const h = await harness();
    h.http.respond = () => new Error('egress refused');
    const res = await h.send(snsEnvelope(h.clock.now(), 'SubscriptionConfirmation'));
    expect(res.status).toBe(503);
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription') });
  });

  it('never calls a SubscribeURL outside sns.<region>.amazonaws.com', async () => {
    const h = await harness();
    const tampered: Record<string, unknown> = { ...snsEnvelope(h.clock.now(), 'SubscriptionConfirmation'), SubscribeURL: 'https://attacker.example.com/?Action=ConfirmSubscription&Token=x&TopicArn=y' };
    // Changed after SNS signed it: the signature no longer matches.
    expect((await h.send(tampered)).status).toBe(403);
    // Even a correctly signed one is only ever confirmed on SNS's own host.
    const { Signature: _s, SignatureVersion: _v, SigningCertURL: _c, ...fields } = tampered;
    const res = await h.send(sandboxSns().sign(fields));
    expect(res.status).toBe(400);
    expect(h.http.sent).toEqual([]);
  });
});
