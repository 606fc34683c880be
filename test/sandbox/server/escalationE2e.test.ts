import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, START, startTestSandbox } from './support/serverFixture.js';

type Comment = { body: string; public: boolean };

/**
 * The whole loop through the public surfaces only: an agent raises an incident over REST,
 * virtual time passes, the app (running on the emulated Forge platform) notices the SLA crossing
 * its threshold, and the escalation shows up where people would look.
 */
describe('an incident escalates when its SLA crosses the threshold under virtual time', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  let key: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
    // High priority: "Time to first response" is one hour, around the clock; the default
    // policy escalates when it is breached.
    const created = await http.jira(EMAIL.agent, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'ITOPS' },
        issuetype: { name: 'Incident' },
        summary: 'Email delivery delayed for all staff',
        reporter: { accountId: 'sandbox-customer-chris' },
        priority: { name: 'High' },
        components: [{ name: 'Email' }],
        customfield_10004: { value: 'Significant / Large' },
        customfield_10005: { value: 'High' },
      },
    });
    expect(created.status).toBe(201);
    key = created.body.key;
  }, 60_000);
  afterAll(() => sandbox.close());

  const property = () => http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}/properties/escalation`);
  const outboxFor = async () => ((await http.get('/__sandbox/outbox')).body as { issueKey: string; to: string[]; subject: string }[]).filter((m) => m.issueKey === key);
  const comments = async (email: string) => ((await http.jira(email, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body.values as Comment[]);

  it('is not escalated while the first-response SLA still runs', async () => {
    await http.post('/__sandbox/clock/advance', { minutes: 45 });
    const before = await property();
    expect(before.status === 404 || before.body.value.status === 'none').toBe(true);
    expect(await outboxFor()).toEqual([]);
    // 45 virtual minutes run nine sweeps over the demo site (now with its teams' coordination): over 5 s under CI load.
  }, 30_000);

  it('is escalated by the app once the SLA is breached, and the issue property records it', async () => {
    const sla = await http.jira(EMAIL.agent, 'GET', `/rest/servicedeskapi/request/${key}/sla`);
    expect(sla.body.values.find((v: { name: string }) => v.name === 'Time to first response').ongoingCycle.breached).toBe(false);

    await http.post('/__sandbox/clock/advance', { minutes: 30 });
    await http.post('/__sandbox/settle');

    const after = await http.jira(EMAIL.agent, 'GET', `/rest/servicedeskapi/request/${key}/sla`);
    expect(after.body.values.find((v: { name: string }) => v.name === 'Time to first response').ongoingCycle.breached).toBe(true);
    const { status, body } = await property();
    expect(status).toBe(200);
    expect(body.value).toMatchObject({ status: 'active', policyId: 'itops-default', triggerId: 'ttfr-breached', level: 1 });
    // Escalated within one sweep interval of the breach at START + 60 min.
    const since = Date.parse(body.value.since);
    expect(since).toBeGreaterThanOrEqual(START + 60 * 60_000);
    expect(since).toBeLessThanOrEqual(START + 65 * 60_000);
  }, 30_000);

  it('leaves an internal comment that agents see and the customer does not', async () => {
    const internal = (await comments(EMAIL.agent)).filter((c) => !c.public && c.body.startsWith('Escalation:'));
    expect(internal).toHaveLength(1);
    expect(internal[0]?.body).toContain('level 1');
    const seenByCustomer = await comments(EMAIL.customer);
    expect(seenByCustomer.filter((c) => c.body.startsWith('Escalation:'))).toEqual([]);
  });

  it('pages the first level of its path, captured in the outbox', async () => {
    const { body } = await property();
    const pages = await outboxFor();
    expect(pages).toHaveLength(1);
    expect(pages[0]?.subject).toBe(`[${key}] Escalation: ${body.value.path} level 1 — please acknowledge`);
    expect(pages[0]?.to.length).toBeGreaterThan(0);
  });
});
