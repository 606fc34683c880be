import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, startTestSandbox } from './support/serverFixture.js';

/**
 * Issue 12's second attack, through the public surfaces: an agent (who may edit the issue, so
 * Jira lets them write its properties) puts a malformed `escalation` property on one incident.
 * The property is only the app's mirror: app storage holds the state, so the malformed value is
 * put back and reported as a bypass attempt, never taken as state, and never stops the sweep.
 * (App state that itself fails to parse is quarantined alone: see test/app/integrity.)
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

  it('escalates the poisoned incident too, from app storage, with its property put back', async () => {
    const poisoned = await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${keys[0]}/properties/escalation`);
    expect(poisoned.body.value).toMatchObject({ status: 'active', level: 1, schema: 1 });
  }, 60_000);

  it('runs the sweep to the end with nothing failed or quarantined', async () => {
    const run = await http.post('/__sandbox/scheduled/escalation-sweep/run');
    expect(run.status).toBe(200);
    const report = JSON.parse(run.body.value.body) as { failed: Array<{ key: string; error: string }> };
    expect(report.failed).toEqual([]);
  }, 60_000);

  it('logs the malformed property as a bypass attempt and lists it among records needing attention', async () => {
    const log = await http.invoke(EMAIL.admin, 'escalation-admin', 'listAccessLog', { limit: 50 });
    expect(log.body.data).toContainEqual(expect.objectContaining({ action: 'bypassAttempt:escalation', issueKey: keys[0],
      reason: expect.stringContaining('malformed: ') }));
    const attention = await http.invoke(EMAIL.admin, 'escalation-admin', 'listRecordsNeedingAttention', {});
    expect(attention.body.data.records).toContainEqual(expect.objectContaining({ issueKey: keys[0], kind: 'bypassAttempt', property: 'escalation' }));
    const refused = await http.invoke(EMAIL.agent, 'escalation-dashboard', 'listRecordsNeedingAttention', {});
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }, 60_000);

  it('shows both incidents on the dashboard', async () => {
    const r = await http.invoke(EMAIL.agent, 'escalation-dashboard', 'listActiveEscalations', {});
    expect(r.body).toMatchObject({ ok: true });
    expect(r.body.data.needsAttention).toEqual([]);
    expect(r.body.data.rows.map((x: { issueKey: string }) => x.issueKey)).toEqual(expect.arrayContaining(keys));
  }, 60_000);
});
