import { readFileSync } from 'node:fs';
import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { SOURCE_FORMATS } from '../../../src/contracts/integration.js';
import { client, EMAIL, startTestSandbox } from './support/serverFixture.js';
import { sendNatively, type NativeSender } from './support/nativeSender.js';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../fixtures/alerts/${name}.json`, import.meta.url), 'utf8'));
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:jira-alarms';

/**
 * Each format's documented default payload, sent to the seeded integration's real webtrigger URL
 * with only what the tool itself can send: one incident each, repeats deduplicate, resolves
 * resolve. Jira is reached through the sandbox's JSM emulator, SNS certificates through its
 * egress emulator.
 */
describe('every tool, as it ships, through the sandbox webtrigger', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  let senders: NativeSender[];

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
    senders = (await http.get('/__sandbox/integrations')).body as NativeSender[];
  }, 60_000);
  afterAll(() => sandbox.close());

  const sender = (source: string) => senders.find((s) => s.source === source)!;
  const signed = async (message: unknown, type = 'Notification') => (await http.post('/__sandbox/sns/sign', { message: { Type: type, TopicArn: TOPIC, Subject: 'ALARM', Message: JSON.stringify(message) } })).body;
  const issuesOf = async (id: string) => (await http.jira(EMAIL.agent, 'POST', '/rest/api/3/search/jql', { jql: `project = ITOPS AND labels = "alert-${id}"`, fields: ['summary', 'components'] })).body.issues as Array<{ key: string; fields: { summary: string; components: Array<{ name: string }> } }>;

  it('seeds one integration per format, each on a scheme its tool can send', () => {
    expect(senders.map((s) => [s.source, s.auth]).sort()).toEqual([
      ['alertmanager', 'bearer'], ['cloudwatch-sns', 'sns'], ['datadog', 'bearer'], ['elastic-security', 'basic'],
      ['grafana', 'grafana-hmac'], ['pagerduty-events-v2', 'routing-key'], ['splunk', 'url-token'],
    ]);
    expect(senders).toHaveLength(SOURCE_FORMATS.length);
  });

  const cases: Array<[string, string, string | null]> = [
    ['alertmanager', 'alertmanager-grouped', 'resolved'],
    ['grafana', 'grafana', 'resolved'],
    ['datadog', 'datadog-default', '[Recovered on {host:web-intranet-2}] Intranet CPU above 90%'],
    ['splunk', 'splunk-raw-event', null],
    ['pagerduty-events-v2', 'pagerduty-events-v2', 'resolve'],
    ['elastic-security', 'elastic-security', null],
    ['cloudwatch-sns', 'cloudwatch-alarm', 'OK'],
  ];

  it.each(cases)('%s: the default payload opens one incident, its repeat deduplicates, its resolve resolves', async (source, name, resolveWith) => {
    const s = sender(source);
    const body = fixture(name);
    const first = await sendNatively(s, source === 'cloudwatch-sns' ? await signed(body) : body);
    expect(first.status).toBe(202);
    const opened = first.body.results!.filter((r) => r.outcome === 'accepted');
    expect(opened.length).toBeGreaterThanOrEqual(1);
    const before = (await issuesOf(s.id)).length;
    const again = await sendNatively(s, source === 'cloudwatch-sns' ? await signed(body) : body);
    expect(again.status).toBe(202);
    expect(again.body.results!.every((r) => r.outcome !== 'accepted' || r.reason.startsWith('annotated'))).toBe(true);
    expect(await issuesOf(s.id)).toHaveLength(before);
    if (resolveWith === null) return;
    let resolve: unknown;
    if (source === 'alertmanager' || source === 'grafana') {
      resolve = { ...body, status: 'resolved', alerts: (body['alerts'] as Array<Record<string, unknown>>).map((a) => ({ ...a, status: 'resolved' })) };
    } else if (source === 'datadog') resolve = { ...body, title: resolveWith };
    else if (source === 'pagerduty-events-v2') resolve = { event_action: 'resolve', dedup_key: body['dedup_key'] };
    else resolve = await signed({ ...body, NewStateValue: 'OK' });
    const done = await sendNatively(s, resolve);
    expect(done.status).toBe(202);
    expect(done.body.results!.some((r) => r.outcome === 'accepted' && r.reason.startsWith(`annotated ${opened[0]!.incidentKey}`))).toBe(true);
  }, 60_000);

  it('opens the incident even when Jira refuses the alert\'s component, and says so on it', async () => {
    const s = sender('grafana');
    const body = fixture('grafana');
    const [alert] = body['alerts'] as Array<Record<string, unknown>>;
    const res = await sendNatively(s, { ...body, alerts: [{ ...alert, fingerprint: 'unknown-service', labels: { ...(alert!['labels'] as object), service: 'Billing' } }] });
    expect(res.status).toBe(202);
    const key = res.body.results![0]!.incidentKey!;
    expect(res.body.results![0]!.reason).toBe(`opened ${key} without service "Billing" (Jira refused them)`);
    const issue = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}?fields=components,description`);
    expect(issue.body.fields.components).toEqual([]);
    expect(JSON.stringify(issue.body.fields.description)).toContain('Could not be set on create');
  });

  it('refuses wrong credentials of every scheme and records nothing for them', async () => {
    const deliveries = async (id: string) => (await http.invoke(EMAIL.admin, 'escalation-admin', 'listIntegrationDeliveries', { id, limit: 200 })).body.data as unknown[];
    for (const s of senders) {
      const before = await deliveries(s.id);
      const body = s.source === 'cloudwatch-sns' ? await signed(fixture('cloudwatch-alarm')) : fixture(s.source === 'elastic-security' ? 'elastic-security' : 'alertmanager');
      expect([s.source, (await sendNatively(s, body, 'not-the-secret-0123456789abcdef')).status]).toEqual([s.source, 403]);
      expect(await deliveries(s.id)).toEqual(before);
    }
  });

  it('refuses an SNS message whose certificate URL is on another host, or whose signature was forged', async () => {
    const s = sender('cloudwatch-sns');
    const good = await signed(fixture('cloudwatch-alarm')) as Record<string, unknown>;
    expect((await sendNatively(s, { ...good, SigningCertURL: 'https://sns.eu-west-1.amazonaws.com.evil.example/x.pem' })).status).toBe(403);
    expect((await sendNatively(s, { ...good, Message: JSON.stringify({ ...fixture('cloudwatch-alarm'), AlarmName: 'forged' }) })).status).toBe(403);
    // The certificate was fetched through the egress emulator from SNS's own host.
    const egress = (await http.get('/__sandbox/outbox?channel=webhook')).body as Array<{ to?: string; recipient?: string; raw?: string }>;
    expect(JSON.stringify(egress)).toContain('sns.eu-west-1.amazonaws.com/SimpleNotificationService-sandbox.pem');
  });
});
