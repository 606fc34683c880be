import { client, EMAIL, START, startTestSandbox, tempState } from './support/serverFixture.js';

describe('sandbox state on disk', () => {
  const state = tempState();
  afterAll(() => state.remove());

  it('survives a restart on the same files: issues, app storage, outbox, queued timers and the virtual clock', async () => {
    const first = await startTestSandbox(state.dir);
    const a = client(first.url);
    expect(first.sandbox.seeded).toBe(true);
    const created = await a.jira(EMAIL.agent, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Written before the restart' },
    });
    await a.post('/__sandbox/clock/advance', { minutes: 20 });
    const outboxBefore = (await a.get('/__sandbox/outbox')).body as unknown[];
    // Escalation timers are delayed queue events; the sweeps of those 20 minutes set some.
    const timersBefore = first.sandbox.runtime.queue.pendingEvents();
    expect(timersBefore.length).toBeGreaterThan(0);
    const policiesBefore = (await a.invoke(EMAIL.admin, 'escalation-admin', 'listPolicies', {})).body.data;
    await first.close();

    const second = await startTestSandbox(state.dir);
    const b = client(second.url);
    try {
      expect(second.sandbox.seeded).toBe(false);
      expect((await b.get('/__sandbox/clock')).body.now).toBe(new Date(START + 20 * 60_000).toISOString());
      const issue = await b.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${created.body.key}?fields=summary`);
      expect(issue.body.fields.summary).toBe('Written before the restart');
      expect((await b.get('/__sandbox/outbox')).body).toEqual(outboxBefore);
      expect(second.sandbox.runtime.queue.pendingEvents()).toEqual(timersBefore);
      // Not seeded a second time: still version 1 of the default policy, kept in KVS.
      const policies = (await b.invoke(EMAIL.admin, 'escalation-admin', 'listPolicies', {})).body.data;
      expect(policies).toEqual(policiesBefore);
      expect(policies.map((p: { version: number }) => p.version)).toEqual([1]);
    } finally {
      await second.close();
    }
  }, 60_000);
});
