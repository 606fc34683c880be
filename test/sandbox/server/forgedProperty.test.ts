import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, startTestSandbox } from './support/serverFixture.js';

const PANEL = 'escalation-issue-panel';

/**
 * Issue 12's first attack, replayed through REST as an agent who holds nothing more than Edit
 * issues (which is all Jira asks to write an issue's properties): a forged acknowledgement in
 * the `escalation` property, and naming yourself comms lead in the `comms` property. App
 * storage is the record: the escalation goes on, the properties are put back, and the access
 * log and the panel say what happened.
 */
describe('forged escalation and comms properties', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  let key: string;
  const property = async (name: string) => (await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}/properties/${name}`)).body?.value;
  const view = async () => (await http.invoke(EMAIL.agent, PANEL, 'getIncidentView', { issueKey: key }, { issue: { key } })).body;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
    const created = await http.jira(EMAIL.agent, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Checkout fails for card payments', reporter: { accountId: 'sandbox-customer-chris' },
        priority: { name: 'High' }, components: [{ name: 'Email' }], customfield_10004: { value: 'Significant / Large' }, customfield_10005: { value: 'High' } },
    });
    expect(created.status).toBe(201);
    key = created.body.key;
    await http.post('/__sandbox/clock/advance', { minutes: 75 });
    await http.post('/__sandbox/settle');
    expect(await property('escalation')).toMatchObject({ status: 'active', level: 1 });
  }, 120_000);
  afterAll(() => sandbox.close());

  it('a forged acknowledgement does not stop the escalation; the property is put back', async () => {
    const before = await property('escalation');
    const put = await http.jira(EMAIL.agent, 'PUT', `/rest/api/3/issue/${key}/properties/escalation`,
      { ...before, status: 'acknowledged', acknowledgedBy: 'sandbox-agent-ana', acknowledgedAt: new Date().toISOString() });
    expect(put.status).toBeLessThan(300);
    await http.post('/__sandbox/clock/advance', { minutes: 60 });
    await http.post('/__sandbox/settle');
    const after = await property('escalation');
    expect(after).toMatchObject({ status: 'active', acknowledgedBy: null });
    // It went on escalating: a later level or a repeat page since the forgery.
    expect([after.level, after.loop]).not.toEqual([before.level, before.loop]);
    const v = await view();
    expect(v.data.state).toMatchObject({ status: 'active' });
    expect(v.data.events.map((e: { type: string }) => e.type)).toContain('stateRestored');
  }, 120_000);

  it('records the bypass attempt in the access log and warns on the panel', async () => {
    const log = await http.invoke(EMAIL.admin, 'escalation-admin', 'listAccessLog', { limit: 50 });
    expect(log.body.data).toContainEqual(expect.objectContaining({ action: 'bypassAttempt:escalation', issueKey: key, allowed: false,
      reason: expect.stringContaining('tampered: the escalation property says acknowledged') }));
    const v = await view();
    expect(v.data.tamperWarnings).toContainEqual(expect.objectContaining({ property: 'escalation', reason: expect.stringMatching(/^tampered: /) }));
  }, 60_000);

  it('naming yourself comms lead through the comms property does not make you comms lead', async () => {
    const put = await http.jira(EMAIL.agent, 'PUT', `/rest/api/3/issue/${key}/properties/comms`, {
      schema: 1, bridge: null, reminders: [], lastUpdateAt: null,
      lead: { accountId: 'sandbox-agent-ana', designatedBy: 'sandbox-agent-ana', at: new Date().toISOString(), reason: 'I am the lead now' },
    });
    expect(put.status).toBeLessThan(300);
    const v = await view();
    expect(v.data.comms.lead).toBeNull();
    expect((await property('comms'))?.lead ?? null).toBeNull();
    const log = await http.invoke(EMAIL.admin, 'escalation-admin', 'listAccessLog', { limit: 50 });
    expect(log.body.data).toContainEqual(expect.objectContaining({ action: 'bypassAttempt:comms', issueKey: key, allowed: false }));
  }, 60_000);

  it('a deleted property does not hide the incident from the sweep', async () => {
    const del = await http.jira(EMAIL.agent, 'DELETE', `/rest/api/3/issue/${key}/properties/escalation`);
    expect(del.status).toBeLessThan(300);
    const run = await http.post('/__sandbox/scheduled/escalation-sweep/run');
    expect(run.status).toBe(200);
    expect(await property('escalation')).toMatchObject({ status: 'active' });
  }, 60_000);
});
