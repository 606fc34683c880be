import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { recordRunbookRevision, saveRecurrenceSettings } from '../../../src/app/reviews/recurrence/recurrenceAdmin.js';
import { recurrenceView } from '../../../src/app/reviews/recurrence/recurrenceView.js';
import { sweepReviews } from '../../../src/app/reviews/sweepReviews.js';
import { MemoryDrillStore } from '../../../src/adapters/memory/memoryDrillStore.js';
import { defaultRecurrenceSettings } from '../../../src/contracts/recurrence.js';
import { ADMIN, AGENT, CUSTOMER, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt, T0 } from '../../support/builders.js';

const DAY = 86_400_000;
type H = Awaited<ReturnType<typeof appHarness>>;
const problems = (h: H) => h.reviews.issues.created.filter((c) => c.input.labels.includes('systemic-problem'));

/** Escalates `key` on Payments (its SLA is about to breach), then resolves it 30 minutes later. */
async function escalateAndResolve(h: H, key: string, summary: string, service = 'Payments') {
  h.host.put(anIncident({ key, summary, service, components: [service], slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, key);
  h.clock.advance(30);
  h.host.put({ ...h.host.incidents.get(key)!, statusCategory: 'done' });
  await evaluateIncident(h.deps, key);
}

describe('recurring escalated incidents raise one systemic problem', () => {
  it('clusters three similar incidents on a service and opens one Problem linked to all three, logged on each', async () => {
    const h = await appHarness();
    await escalateAndResolve(h, 'ITOPS-1', 'Payment gateway timeouts for EU customers');
    h.clock.set(T0 + 10 * DAY);
    await escalateAndResolve(h, 'ITOPS-2', 'Payment gateway timeout at checkout');
    await escalateAndResolve(h, 'ITOPS-3', 'Outbound email queued for hours', 'Email');
    expect(problems(h)).toHaveLength(0);
    h.clock.set(T0 + 20 * DAY);
    await escalateAndResolve(h, 'ITOPS-4', 'EU payment gateway timeouts');
    // Duplicate issue events after resolution open nothing more.
    for (let i = 0; i < 3; i++) await evaluateIncident(h.deps, 'ITOPS-4');

    expect(problems(h)).toHaveLength(1);
    const [{ key, input }] = problems(h) as [(typeof h.reviews.issues.created)[number]];
    expect(input).toMatchObject({ projectKey: 'ITOPS', issueType: 'Problem', summary: 'Recurring incidents on Payments: Payment gateway timeouts for EU customers' });
    expect(h.reviews.issues.links.filter((l) => l.from === key)).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-4'].map((to) => ({ type: 'Relates', from: key, to })));
    for (const k of ['ITOPS-1', 'ITOPS-2', 'ITOPS-4']) {
      const logged = (await h.store.listEvents(k)).filter((e) => e.type === 'problemOpened');
      expect(logged).toHaveLength(1);
      expect(logged[0]!.detail).toBe(`Problem ${key} opened: 3 related incidents on Payments within 90 days (ITOPS-1, ITOPS-2, ITOPS-4).`);
    }
    expect((await h.store.listEvents('ITOPS-3')).some((e) => e.type.startsWith('problem'))).toBe(false);

    const view = await recurrenceView(h.deps, AGENT);
    expect(view.clusters).toEqual([expect.objectContaining({
      id: 'ITOPS-1', scope: 'Payments', inWindow: 3, problem: { issueKey: key, openedAt: new Date(T0 + 20 * DAY + 30 * 60_000).toISOString(), linked: 3 },
    })]);
    expect(view.clusters[0]!.incidents.map((i) => [i.key, i.matchedBy])).toEqual([['ITOPS-1', null], ['ITOPS-2', 'summary'], ['ITOPS-4', 'summary']]);
  });

  it('links a fourth recurrence to the existing problem instead of opening another', async () => {
    const h = await appHarness();
    for (const [i, key] of ['ITOPS-1', 'ITOPS-2', 'ITOPS-3', 'ITOPS-4'].entries()) {
      h.clock.set(T0 + i * DAY);
      await escalateAndResolve(h, key, 'Payment gateway timeouts');
    }
    expect(problems(h)).toHaveLength(1);
    const key = problems(h)[0]!.key;
    expect(h.reviews.issues.links.filter((l) => l.from === key).map((l) => l.to)).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3', 'ITOPS-4']);
    expect((await h.store.listEvents('ITOPS-4')).filter((e) => e.type === 'problemLinked').map((e) => e.detail))
      .toEqual([`Linked to problem ${key}: another recurrence on Payments (4 related incidents).`]);
    // The problem issue is not an incident: evaluating it escalates nothing.
    h.host.put(anIncident({ key, summary: 'Recurring incidents on Payments', service: 'Payments', labels: ['systemic-problem'], slas: [slaAt(180)] }));
    expect(await evaluateIncident(h.deps, key)).toMatchObject({ skipped: `${key} is a systemic problem` });
  });

  it('opens the problem on the next sweep when Jira refused to create it, and marks the service\'s runbook for revision', async () => {
    const h = await appHarness();
    const drills = new MemoryDrillStore();
    h.deps.drills = drills;
    await drills.saveRunbook({ service: 'Payments', path: null, level: null, url: 'https://wiki.example.test/payments', ownerAccountId: 'lead-lee', lastRevisedAt: new Date(T0 - 30 * DAY).toISOString(), revisionRequested: null });
    await escalateAndResolve(h, 'ITOPS-1', 'Payment gateway timeouts');
    await escalateAndResolve(h, 'ITOPS-2', 'Payment gateway timeouts');
    // Jira refuses the problem (reviews still open): the outage ends before the sweep.
    const create = h.reviews.issues.createIssue.bind(h.reviews.issues);
    let jiraDown = true;
    h.reviews.issues.createIssue = async (input) => {
      if (jiraDown && input.labels.includes('systemic-problem')) throw new Error('Jira answered 503');
      return create(input);
    };
    await escalateAndResolve(h, 'ITOPS-3', 'Payment gateway timeouts');
    expect(problems(h)).toHaveLength(0);
    jiraDown = false;

    const report = await sweepReviews(h.deps);
    expect(report.recurrence).toMatchObject({ clusters: 1, opened: [problems(h)[0]!.key], failed: [] });
    // The same sweep reminds the runbook's owner through the problem that asked for the revision.
    expect(report.runbooks).toEqual({ reminded: [{ service: 'Payments', issueKey: problems(h)[0]!.key }], skipped: [], failed: [] });
    expect(h.notifier.outbox.filter((m) => m.subject === 'Runbook revision due: Payments').map((m) => [m.incidentKey, m.targets]))
      .toEqual([[problems(h)[0]!.key, [{ type: 'user', accountId: 'lead-lee' }]]]);
    const again = await sweepReviews(h.deps);
    expect(again.recurrence).toMatchObject({ clusters: 1, opened: [] });
    expect(again.runbooks?.reminded).toEqual([]);
    expect(problems(h)).toHaveLength(1);
    const [book] = await drills.listRunbooks();
    expect(book!.revisionRequested).toEqual({ by: 'recurrence', at: new Date(h.clock.now()).toISOString(), issueKey: problems(h)[0]!.key });
    const view = await recurrenceView(h.deps, AGENT);
    expect(view.runbooks).toEqual([expect.objectContaining({ service: 'Payments', dueAt: book!.revisionRequested!.at, overdue: true, reason: `revision asked for by ${problems(h)[0]!.key}` })]);

    const revised = await recordRunbookRevision(h.deps, ADMIN, { service: 'Payments', path: null, level: null, note: 'Gateway failover steps rewritten', answers: [] });
    expect(revised.runbooks[0]).toMatchObject({ lastRevisedAt: new Date(h.clock.now()).toISOString(), overdue: false, reason: '6 months after the last revision' });
    const log = await h.store.listAccessLog(10);
    expect(log.find((e) => e.action === 'recordRunbookRevision')?.reason).toBe(`Payments runbook revised: Gateway failover steps rewritten (answers ${problems(h)[0]!.key})`);
  });

  it('does not cluster across services, and respects a changed threshold and window', async () => {
    const h = await appHarness();
    await saveRecurrenceSettings(h.deps, ADMIN, { ...defaultRecurrenceSettings, threshold: 2, windowDays: 7 }, 'Payments recurs too often to wait for a third');
    await escalateAndResolve(h, 'ITOPS-1', 'Gateway timeouts');
    h.clock.set(T0 + 8 * DAY);
    await escalateAndResolve(h, 'ITOPS-2', 'Gateway timeouts');
    await escalateAndResolve(h, 'ITOPS-3', 'Gateway timeouts', 'Email');
    expect(problems(h)).toHaveLength(0);
    h.clock.set(T0 + 9 * DAY);
    await escalateAndResolve(h, 'ITOPS-4', 'Gateway timeouts');
    expect(problems(h)).toHaveLength(1);
    // ITOPS-1 resolved 8 days before ITOPS-2, outside the 7-day window: it stays on its own.
    expect(h.reviews.issues.links.filter((l) => l.from === problems(h)[0]!.key).map((l) => l.to)).toEqual(['ITOPS-2', 'ITOPS-4']);
  });
});

describe('runbook revisions fall due twice a year', () => {
  it('opens a revision task for the owner six months after the last revision, once, and not before', async () => {
    const h = await appHarness();
    const drills = new MemoryDrillStore();
    h.deps.drills = drills;
    await saveRecurrenceSettings(h.deps, ADMIN, { ...defaultRecurrenceSettings, projectKey: 'OPS' }, 'Revision tasks go to the operations project');
    // Revised 2026-05-28: due 2026-11-28, the day after T0.
    await drills.saveRunbook({ service: 'Email', path: null, level: null, url: 'https://wiki.example.test/email', ownerAccountId: 'lead-lee', lastRevisedAt: '2026-05-28T09:00:00.000Z', revisionRequested: null });
    expect((await sweepReviews(h.deps)).runbooks?.reminded).toEqual([]);
    h.clock.set(Date.parse('2026-11-28T09:00:00.000Z'));
    const due = await sweepReviews(h.deps);
    const tasks = h.reviews.issues.created.filter((c) => c.input.labels.includes('runbook-revision'));
    expect(tasks.map((t) => t.input)).toEqual([expect.objectContaining({ projectKey: 'OPS', issueType: 'Task', summary: 'Revise the Email runbook', assigneeAccountId: 'lead-lee' })]);
    expect(due.runbooks?.reminded).toEqual([{ service: 'Email', issueKey: tasks[0]!.key }]);
    await sweepReviews(h.deps);
    expect(h.reviews.issues.created.filter((c) => c.input.labels.includes('runbook-revision'))).toHaveLength(1);
  });
});

describe('recurrence is read and configured by the review roles only', () => {
  it('refuses the page to someone without a policy-reading role, and settings changes to a non-admin', async () => {
    const h = await appHarness();
    await expect(recurrenceView(h.deps, CUSTOMER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveRecurrenceSettings(h.deps, AGENT, defaultRecurrenceSettings, 'because')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the fields a bad settings payload gets wrong, and stores nothing', async () => {
    const h = await appHarness();
    await expect(saveRecurrenceSettings(h.deps, ADMIN, { ...defaultRecurrenceSettings, threshold: 1, projectKey: 'itops' }, 'tighter')).rejects.toMatchObject({
      code: 'INVALID',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'settings.threshold' }), expect.objectContaining({ field: 'settings.projectKey' })]),
    });
    expect(await h.reviews.recurrence.getSettings()).toBeNull();
  });
});
