import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sandboxSns } from '../../../../sandbox/aws/sandboxSns.js';
import { grafanaSignature } from '../../../../src/domain/alerts/auth/grafanaSignature.js';
import { ingestAlert, type IngestOptions } from '../../../../src/app/alerts/ingest/ingestAlert.js';
import type { IntegrationInput } from '../../../../src/contracts/integration.js';
import { hmacSignature } from '../../../../src/domain/alerts/auth/hmacSignature.js';
import { evaluateIncident } from '../../../../src/app/escalation/evaluateIncident.js';
import { appHarness } from '../../../support/appHarness.js';
import { anIntegration } from './anIntegration.js';

export const SECRET = 'test-secret-0123456789abcdef0123';
export type Fixture = 'alertmanager' | 'grafana' | 'datadog' | 'splunk' | 'pagerduty-events-v2' | 'cloudwatch-alarm' | 'datadog-default' | 'splunk-raw-event' | 'splunk-stats' | 'elastic-security' | 'alertmanager-grouped' | 'grafana-grouped' | 'cloudwatch-alarm-raw';

/** A vendor payload from test/fixtures/alerts, parsed so a test can change it. */
export function fixture(name: Fixture): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/alerts/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * An SNS HTTPS delivery as SNS documents it, sent at `nowMs` and signed as SNS signs it (with
 * the sandbox's key, whose certificate the harness serves at SigningCertURL). Each call is a new
 * message (a fresh MessageId) unless `messageId` is given, as SNS retries reuse it.
 */
export function snsEnvelope(nowMs: number, kind: 'Notification' | 'SubscriptionConfirmation', message: unknown = fixture('cloudwatch-alarm'), opts: { messageId?: string; version?: '1' | '2' } = {}): Record<string, unknown> {
  const common = {
    Type: kind,
    MessageId: opts.messageId ?? randomUUID(),
    TopicArn: 'arn:aws:sns:eu-west-1:123456789012:jira-alarms',
    Timestamp: new Date(nowMs).toISOString(),
  };
  if (kind === 'Notification') {
    return sandboxSns().sign({ ...common, Subject: 'ALARM: "checkout-rds-cpu-high" in EU (Ireland)', Message: JSON.stringify(message), UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:123456789012:jira-alarms:0b1c' }, { version: opts.version ?? '1' });
  }
  return sandboxSns().sign({
    ...common,
    Token: '2336412f37fb687f5d51e6e2425c464de12884c0e9a3fbdb4e5a7fc0a0c1b8a9',
    Message: 'You have chosen to subscribe to the topic arn:aws:sns:eu-west-1:123456789012:jira-alarms.\nTo confirm the subscription, visit the SubscribeURL included in this message.',
    SubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:123456789012:jira-alarms&Token=2336412f37fb687f5d51e6e2425c464de12884c0e9a3fbdb4e5a7fc0a0c1b8a9',
  }, { version: opts.version ?? '1' });
}

/** The app harness plus one saved integration with its secret, and ways to send it requests. */
export async function ingestHarness(overrides: Partial<IntegrationInput> = {}) {
  const h = await appHarness();
  const integration = anIntegration(overrides);
  await h.alerts.saveIntegration(integration);
  await h.alerts.saveSecret(integration.id, { current: SECRET, previous: null, previousValidUntil: null });
  const id = integration.id;
  h.certificates.pems.set(sandboxSns().certUrl('eu-west-1'), sandboxSns().certPem);

  /** A webtrigger request carrying `body`, authenticated the way the integration expects. */
  // The routing-key scheme's credential is in the body itself (a string body is sent verbatim).
  const withKey = (body: unknown) => (integration.auth === 'routing-key' && typeof body === 'object' && body !== null ? { ...body, routing_key: SECRET } : body);
  const request = (body: unknown, extra: { headers?: Record<string, string[]>; query?: Record<string, string[]>; method?: string } = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(withKey(body));
    const headers: Record<string, string[]> = { 'Content-Type': ['application/json'] };
    const queryParameters: Record<string, string[]> = { integration: [id] };
    if (integration.auth === 'bearer') headers['Authorization'] = [`Bearer ${SECRET}`];
    if (integration.auth === 'hmac') {
      const ts = String(Math.floor(h.clock.now() / 1000));
      headers['X-Signature-Timestamp'] = [ts];
      headers['X-Signature'] = [hmacSignature(SECRET, ts, text)];
    }
    if (integration.auth === 'basic') headers['Authorization'] = [`Basic ${Buffer.from(`${id}:${SECRET}`).toString('base64')}`];
    if (integration.auth === 'grafana-hmac') {
      const g = integration.grafanaSignature;
      const ts = g.timestampHeader ? String(Math.floor(h.clock.now() / 1000)) : null;
      if (g.timestampHeader && ts) headers[g.timestampHeader] = [ts];
      headers[g.header] = [grafanaSignature(SECRET, text, ts)];
    }
    if (integration.auth === 'sns' || integration.auth === 'url-token') queryParameters['token'] = [SECRET];
    // A test's header replaces the default of the same name, whatever its case.
    const overridden = new Set(Object.keys(extra.headers ?? {}).map((k) => k.toLowerCase()));
    const kept = Object.fromEntries(Object.entries(headers).filter(([k]) => !overridden.has(k.toLowerCase())));
    return { method: extra.method ?? 'POST', path: '/', headers: { ...kept, ...extra.headers }, queryParameters: { ...queryParameters, ...extra.query }, body: text };
  };
  const send = (body: unknown, extra: Parameters<typeof request>[1] = {}, opts: IngestOptions = {}) => ingestAlert(h.deps, request(body, extra), opts);
  /** What the timer consumer does with the evaluations ingest queued for right away. */
  const runQueuedEvaluations = async () => {
    const due = h.queue.timers.splice(0).filter((t) => t.delaySeconds === 0);
    for (const t of due) await evaluateIncident(h.deps, t.incidentKey);
  };
  return { ...h, integration, id, request, send, runQueuedEvaluations };
}
