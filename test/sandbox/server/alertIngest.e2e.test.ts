import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, START, startTestSandbox } from './support/serverFixture.js';

interface Sender { id: string; name: string; source: string; url: string; token: string }
type Comment = { id: string; body: string; public: boolean };

/** An Alertmanager v4 webhook as Alertmanager posts it, one alert in the group. */
function alertmanager(alertname: string, status: 'firing' | 'resolved', service = 'Payments') {
  const labels = { alertname, severity: 'critical', service, instance: 'pay-api-1:8080', job: 'pay-api' };
  return {
    version: '4', groupKey: `{}:{alertname="${alertname}"}`, truncatedAlerts: 0, status, receiver: 'jira-escalation',
    groupLabels: { alertname }, commonLabels: labels, commonAnnotations: { summary: `${alertname} on pay-api` },
    externalURL: 'http://alertmanager.example.test:9093',
    alerts: [{
      status, labels, annotations: { summary: `${alertname} on pay-api`, runbook_url: 'https://runbooks.example.test/pay-api' },
      startsAt: new Date(START).toISOString(), endsAt: status === 'resolved' ? new Date(START + 3_600_000).toISOString() : '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.test:9090/graph', fingerprint: `fp-${alertname.toLowerCase()}`,
    }],
  };
}

/**
 * The alert path end to end through public surfaces only: a monitoring tool POSTs to the real
 * webtrigger URL with the seeded integration's token, and everything after is seen where people
 * would see it: Jira's REST API as an agent, and the admin resolvers.
 */
describe('an Alertmanager alert through the sandbox webtrigger', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  let prometheus: Sender;
  let key: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
    const senders = (await http.get('/__sandbox/integrations')).body as Sender[];
    prometheus = senders.find((s) => s.source === 'alertmanager')!;
  }, 60_000);
  afterAll(() => sandbox.close());

  const post = async (body: unknown, token = prometheus.token) => {
    const res = await fetch(prometheus.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { status: string; results?: Array<{ outcome: string; reason: string; incidentKey: string | null }> } };
  };
  const admin = async <T>(functionKey: string, payload: unknown): Promise<T> => {
    const r = await http.invoke(EMAIL.admin, 'escalation-admin', functionKey, payload);
    expect(r.body).toMatchObject({ ok: true });
    return r.body.data as T;
  };
  const deliveries = () => admin<Array<{ outcome: string; reason: string; incidentKey: string | null; dedupKey: string | null }>>('listIntegrationDeliveries', { id: prometheus.id, limit: 50 });
  const comments = async (): Promise<Comment[]> => (await http.jira(EMAIL.agent, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body.values;
  const alertIssues = async () => (await http.jira(EMAIL.agent, 'POST', '/rest/api/3/search/jql', { jql: `project = ITOPS AND labels = "alert-${prometheus.id}"`, fields: ['summary'] })).body.issues as unknown[];

  it('refuses a wrong token and records nothing', async () => {
    const res = await post(alertmanager('PaymentsDown', 'firing'), 'not-the-token');
    expect(res.status).toBe(403);
    expect(await deliveries()).toEqual([]);
  });

  it('a firing alert opens an incident that an agent sees through Jira, and its escalation starts', async () => {
    const res = await post(alertmanager('PaymentsDown', 'firing'));
    expect(res.status).toBe(202);
    expect(res.body.results?.[0]).toMatchObject({ outcome: 'accepted' });
    key = res.body.results![0]!.incidentKey!;
    expect(key).toMatch(/^ITOPS-\d+$/);
    await http.post('/__sandbox/settle');

    const issue = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}?fields=summary,labels,components`);
    expect(issue.status).toBe(200);
    expect(issue.body.fields.summary).toBe('[CRITICAL] PaymentsDown on pay-api');
    expect(issue.body.fields.components.map((c: { name: string }) => c.name)).toEqual(['Payments']);
    const property = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}/properties/escalation`);
    expect(property.status).toBe(200);
    // Evaluated as soon as it was opened: P1 from the matrix, and the time its policy looks again.
    expect(property.body.value).toMatchObject({ status: 'none', priority: 'P1' });
    expect(await deliveries()).toEqual([expect.objectContaining({ outcome: 'accepted', incidentKey: key, dedupKey: 'fp-paymentsdown' })]);

    // The sandbox's default policy escalates when "Time to first response" is breached: move
    // virtual time past the breach the SLA reports, and the app's own sweep starts the chain.
    const sla = await http.jira(EMAIL.agent, 'GET', `/rest/servicedeskapi/request/${key}/sla`);
    const ttfr = sla.body.values.find((v: { name: string }) => v.name === 'Time to first response');
    const now = Date.parse((await http.get('/__sandbox/clock')).body.now);
    await http.post('/__sandbox/clock/advance', { minutes: Math.ceil((ttfr.ongoingCycle.breachTime.epochMillis - now) / 60_000) + 6 });
    await http.post('/__sandbox/settle');
    const later = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}/properties/escalation`);
    expect(later.body.value).toMatchObject({ status: 'active', policyId: 'itops-default', triggerId: 'ttfr-breached', level: 1 });
  }, 120_000);

  it('repeats deduplicate: still one incident, the count rises, and one rolled-up comment is updated', async () => {
    for (let i = 0; i < 3; i++) {
      // Past the five-minute debounce each time, so the rolled-up comment is due on every repeat.
      await http.post('/__sandbox/clock/advance', { minutes: 6 });
      const res = await post(alertmanager('PaymentsDown', 'firing'));
      expect(res.status).toBe(202);
      expect(res.body.results?.[0]).toMatchObject({ outcome: 'deduplicated', incidentKey: key, reason: `repeat ${i + 2} of ${key}` });
    }
    expect(await alertIssues()).toHaveLength(1);
    const rollups = (await comments()).filter((c) => c.body.startsWith('Alert fp-paymentsdown has fired'));
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({ public: false, body: expect.stringContaining('has fired 4 times') });
  });

  it('a maintenance window suppresses, and the delivery names the rule', async () => {
    const now = Date.parse((await http.get('/__sandbox/clock')).body.now);
    await admin('saveAlertSettings', {
      settings: { maintenanceWindows: [{ id: 'payments-db-upgrade', service: 'Payments', kind: 'one-off', start: new Date(now - 60_000).toISOString(), end: new Date(now + 3_600_000).toISOString() }] },
      reason: 'database upgrade tonight',
    });
    const res = await post(alertmanager('PaymentsLatencyHigh', 'firing'));
    expect(res.status).toBe(202);
    expect(res.body.results?.[0]).toMatchObject({ outcome: 'suppressed', incidentKey: null, reason: expect.stringContaining('payments-db-upgrade') });
    expect((await deliveries())[0]).toMatchObject({ outcome: 'suppressed', dedupKey: 'fp-paymentslatencyhigh', reason: expect.stringContaining('payments-db-upgrade') });
    expect(await alertIssues()).toHaveLength(1);
    await admin('saveAlertSettings', { settings: { maintenanceWindows: [] }, reason: 'upgrade finished' });
  });

  it('a resolved alert annotates its incident', async () => {
    const res = await post(alertmanager('PaymentsDown', 'resolved'));
    expect(res.status).toBe(202);
    expect(res.body.results?.[0]).toMatchObject({ outcome: 'accepted', incidentKey: key, reason: `annotated ${key}` });
    const note = (await comments()).find((c) => c.body.startsWith('Alert resolved at'));
    expect(note).toMatchObject({ public: false, body: expect.stringContaining('fp-paymentsdown') });
    expect((await deliveries())[0]).toMatchObject({ outcome: 'accepted', reason: `annotated ${key}` });
  });
});
