import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { anIncident, at, slaAt } from '../../support/builders.js';
import { appHarness } from '../../support/appHarness.js';

describe('evaluateIncident', () => {
  it('escalates a due incident: pages, acts on the issue, comments, logs, stores state and sets a timer', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    const e = await evaluateIncident(h.deps, 'ITOPS-1');
    expect(e.decision?.state.status).toBe('active');
    expect(h.notifier.outbox).toHaveLength(1);
    expect(h.notifier.outbox[0]).toMatchObject({ incidentKey: 'ITOPS-1', targets: [{ type: 'user', accountId: 'agent-ana' }] });
    expect(h.host.actions).toEqual(['ITOPS-1 assign agent-ana', 'ITOPS-1 addLabel escalated', 'ITOPS-1 comment']);
    expect(h.host.comments[0]!.body).toMatch(/^Escalation: Paged technical level 1/);
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'active', level: 1, nextEvaluationEpochMs: at(30) });
    expect((await h.store.listEvents('ITOPS-1')).map((x) => x.type)).toEqual(['triggered', 'paged']);
    // 30 minutes is beyond the queue's 900 s, so a relay timer at the limit keeps the step exact.
    expect(h.queue.timers).toEqual([{ incidentKey: 'ITOPS-1', delaySeconds: 900, dueAtMs: at(30) }]);
  });

  it('running twice at the same time repeats nothing', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    const writes = h.host.requests.write;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox).toHaveLength(1);
    expect(h.host.requests.write).toBe(writes);
  });

  it('after a failure part-way, the retry finishes the step without repeating what was done', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    const realAssign = h.host.assign.bind(h.host);
    h.host.assign = async () => { throw new Error('Jira answered 503'); };
    await expect(evaluateIncident(h.deps, 'ITOPS-1')).rejects.toThrow('Jira answered 503');
    expect(h.host.states.has('ITOPS-1')).toBe(false);
    expect(h.notifier.outbox).toHaveLength(1);
    h.host.assign = realAssign;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox).toHaveLength(1);
    expect(h.host.actions).toEqual(['ITOPS-1 assign agent-ana', 'ITOPS-1 addLabel escalated', 'ITOPS-1 comment']);
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
  });

  it('a run that died mid-step (claim left behind) does not make the next run skip the step', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    // The process dies as it pages: nothing after that reaches Jira or storage, release included.
    const realPage = h.notifier.page.bind(h.notifier);
    const realRelease = h.store.releaseIntent.bind(h.store);
    h.notifier.page = async () => { throw new Error('invocation killed'); };
    h.store.releaseIntent = async () => { throw new Error('invocation killed'); };
    await expect(evaluateIncident(h.deps, 'ITOPS-1')).rejects.toThrow('invocation killed');
    h.notifier.page = realPage;
    h.store.releaseIntent = realRelease;
    // While the dead run's lease lasts the step is neither done nor skipped: no state is saved.
    await expect(evaluateIncident(h.deps, 'ITOPS-1')).rejects.toThrow(/being carried out by another run/);
    expect(h.host.states.has('ITOPS-1')).toBe(false);
    expect(h.notifier.outbox).toHaveLength(0);
    h.clock.advance(16);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox).toHaveLength(1);
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'active', level: 1 });
  });

  it('a run that died after writing the step comment does not write it twice when its lease lapses', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    const realComplete = h.store.completeIntent.bind(h.store);
    h.store.completeIntent = async (key) => { if (key.includes('step-comment')) throw new Error('invocation killed'); return realComplete(key); };
    await expect(evaluateIncident(h.deps, 'ITOPS-1')).rejects.toThrow('invocation killed');
    h.store.completeIntent = realComplete;
    h.clock.advance(16);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.host.comments.filter((c) => c.body.startsWith('Escalation: Paged technical level 1'))).toHaveLength(1);
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'active', level: 1 });
  });

  it('a step comment Jira wrote but whose answer was lost is not written again by the retry', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    // Jira applies the write, then the answer is lost (a time-out): the run fails and releases
    // its claim. The retry must still ask Jira before writing, as for a run that died.
    const realComment = h.host.addInternalComment.bind(h.host);
    h.host.addInternalComment = async (key, body) => { await realComment(key, body); throw new Error('Jira answered 504 after applying the write'); };
    await expect(evaluateIncident(h.deps, 'ITOPS-1')).rejects.toThrow('504');
    h.host.addInternalComment = realComment;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.host.comments.filter((c) => c.body.startsWith('Escalation: Paged technical level 1'))).toHaveLength(1);
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'active', level: 1 });
  });

  it('an exact timer moves to level 2 when its delay passes', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.clock.advance(30);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ level: 2 });
    expect(h.notifier.outbox.map((m) => m.targets)).toEqual([[{ type: 'user', accountId: 'agent-ana' }], [{ type: 'user', accountId: 'lead-lee' }]]);
  });

  it('leaves incidents no policy covers alone', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'HR-1', projectKey: 'HR', slas: [slaAt(200)] }));
    const e = await evaluateIncident(h.deps, 'HR-1');
    expect(e).toMatchObject({ decision: null, skipped: 'no enabled policy covers this incident' });
    expect(h.host.states.size).toBe(0);
  });

  it('asks Jira about a scope JQL and respects the answer', async () => {
    const h = await appHarness();
    const p = (await h.store.getPolicy('default'))!;
    await h.store.savePolicyVersion({ ...p, version: 2, policy: { ...p.policy, scope: { ...p.policy.scope, jql: 'labels = vip' } } });
    h.host.jqlMatcher = (i) => i.labels.includes('vip');
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(200)] }));
    h.host.put(anIncident({ key: 'ITOPS-2', labels: ['vip'], slas: [slaAt(200)] }));
    expect((await evaluateIncident(h.deps, 'ITOPS-1')).decision).toBeNull();
    expect((await evaluateIncident(h.deps, 'ITOPS-2')).decision?.state.status).toBe('active');
  });
});
