import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, startTestSandbox } from './support/serverFixture.js';

/**
 * Issue 12's second attack, through the public surfaces: an agent (who may edit the issue, so
 * Jira lets them write its properties) puts a malformed `escalation` property on one incident.
 * That record is quarantined alone: the five-minute sweep still escalates every other incident,
 * and the dashboard names the one it could not read.
 */
describe('a malformed escalation property on one incident', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  const keys: string[] = [];

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
    for (const summary of ['Email delivery delayed', 'Email bounces for one region']) {
      const created = await http.jira(EMAIL.agent, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary, reporter: { accountId: 'sandbox-customer-chris' },
          priority: { name: 'High' }, components: [{ name: 'Email' }], customfield_10004: { value: 'Significant / Large' }, customfield_10005: { value: 'High' } },
      });
      expect(created.status).toBe(201);
      keys.push(created.body.key);
    }
    const put = await http.jira(EMAIL.agent, 'PUT', `/rest/api/3/issue/${keys[0]}/properties/escalation`, { status: 'active', level: 'x', nextEvaluationEpochMs: 1 });
    expect(put.status).toBeLessThan(300);
  }, 60_000);
  afterAll(() => sandbox.close());

  it('does not stop the sweep from escalating the other incident once its SLA is breached', async () => {
    await http.post('/__sandbox/clock/advance', { minutes: 75 });
    await http.post('/__sandbox/settle');
    const other = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${keys[1]}/properties/escalation`);
    expect(other.body.value).toMatchObject({ status: 'active', level: 1 });
  }, 120_000);

  it('runs the sweep to the end, reporting the one record it quarantined', async () => {
    const run = await http.post('/__sandbox/scheduled/escalation-sweep/run');
    expect(run.status).toBe(200);
    const report = JSON.parse(run.body.value.body) as { failed: Array<{ key: string; error: string }> };
    expect(report.failed).toEqual([{ key: keys[0], error: expect.stringMatching(/^quarantined: .*escalation property is invalid at /) }]);
  }, 60_000);

  it('names the unreadable incident on the dashboard instead of failing it', async () => {
    const r = await http.invoke(EMAIL.agent, 'escalation-dashboard', 'listActiveEscalations', {});
    expect(r.body).toMatchObject({ ok: true });
    expect(r.body.data.needsAttention).toEqual([expect.objectContaining({ issueKey: keys[0] })]);
    expect(r.body.data.rows.map((x: { issueKey: string }) => x.issueKey)).toContain(keys[1]);
  }, 60_000);
});
