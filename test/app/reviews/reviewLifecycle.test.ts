import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { defaultReviewSettings } from '../../../src/contracts/reviewSettings.js';
import { sweepReviews } from '../../../src/app/reviews/sweepReviews.js';
import { AGENT, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt, T0 } from '../../support/builders.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** Extensive × Critical is P1 in the default matrix; P1 takes the executive path. */
const P1 = { impact: 'Extensive / Widespread', urgency: 'Critical' };

/** A P1 escalated at T0, acknowledged by Ana at T0+10 min, resolved at T0+1 h. */
async function resolvedP1() {
  const h = await appHarness();
  h.host.put(anIncident({ ...P1, summary: 'Payments down', slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, 'ITOPS-1');
  h.clock.advance(10);
  await acknowledge(h.deps, AGENT, 'ITOPS-1');
  h.clock.set(T0 + HOUR);
  setStatus(h, 'done');
  h.queue.timers.length = 0;
  return h;
}
type H = Awaited<ReturnType<typeof appHarness>>;
function setStatus(h: H, statusCategory: 'done' | 'new') {
  h.host.put({ ...h.host.incidents.get('ITOPS-1')!, statusCategory });
}
const reviewOf = (h: H) => h.reviews.store.getReview('ITOPS-1');
const reviewEvents = async (h: H) => (await h.store.listEvents('ITOPS-1')).filter((e) => e.type.startsWith('review')).map((e) => e.type);

describe('a post-incident review opens when an escalated incident is resolved', () => {
  it('opens one Jira task linked to the incident, owned by whoever acknowledged, due 48 h after resolution', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.reviews.issues.created).toHaveLength(1);
    const { key, input } = h.reviews.issues.created[0]!;
    expect(input).toMatchObject({ projectKey: 'ITOPS', issueType: 'Task', assigneeAccountId: 'agent-ana', labels: ['post-incident-review'] });
    expect(input.summary).toBe('Post-incident review: ITOPS-1 Payments down');
    expect(h.reviews.issues.links).toEqual([{ type: 'Relates', from: key, to: 'ITOPS-1' }]);
    expect(await reviewOf(h)).toMatchObject({
      issueKey: key, status: 'open', ownerAccountId: 'agent-ana', ownerSource: 'escalation', priority: 'P1',
      resolvedAt: iso(T0 + HOUR), dueAt: iso(T0 + 49 * HOUR), linkedAt: iso(T0 + HOUR),
    });
    expect(await reviewEvents(h)).toEqual(['reviewOpened']);
  });

  it('opens it once under duplicate update events and retries, including two at the same moment', async () => {
    const h = await resolvedP1();
    await Promise.all([evaluateIncident(h.deps, 'ITOPS-1'), evaluateIncident(h.deps, 'ITOPS-1')]);
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.clock.advance(5);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.reviews.issues.created).toHaveLength(1);
    expect(await reviewEvents(h)).toEqual(['reviewOpened']);
  });

  it('opens none for an escalated P4 on the technical path, or an incident never escalated', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    h.host.put(anIncident({ key: 'ITOPS-2', ...P1, statusCategory: 'done' }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.host.put({ ...h.host.incidents.get('ITOPS-1')!, statusCategory: 'done' });
    await evaluateIncident(h.deps, 'ITOPS-1');
    await evaluateIncident(h.deps, 'ITOPS-2');
    expect(h.host.states.get('ITOPS-1')?.priority).toBe('P4');
    expect(h.reviews.issues.created).toEqual([]);
  });

  it('follows configured rules: a P4 needs one when its service and P4 are listed', async () => {
    const h = await appHarness();
    await h.reviews.store.saveSettings({ ...defaultReviewSettings, priorities: ['P4'], services: ['Intranet'], projectKey: 'PIR', issueType: 'Post-incident review' });
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    setStatus(h, 'done');
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.reviews.issues.created.map((c) => [c.input.projectKey, c.input.issueType])).toEqual([['PIR', 'Post-incident review']]);
  });

  it('a failed create releases the claim and sets a retry timer; the retry opens it', async () => {
    const h = await resolvedP1();
    h.reviews.issues.failNextCreate = new Error('Jira answered 503');
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(await reviewOf(h)).toBeNull();
    expect(h.queue.timers).toContainEqual({ incidentKey: 'ITOPS-1', delaySeconds: 60, dueAtMs: T0 + HOUR + 60_000 });
    h.clock.advance(1);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.reviews.issues.created).toHaveLength(1);
  });

  it('a review issue is not escalated as an incident', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    const key = (await reviewOf(h))!.issueKey;
    h.host.put(anIncident({ key, labels: ['post-incident-review'], slas: [slaAt(230)] }));
    const e = await evaluateIncident(h.deps, key);
    expect(e.skipped).toBe(`${key} is a post-incident review`);
    expect(h.host.states.has(key)).toBe(false);
  });
});

describe('the review clock', () => {
  it('arms the exact timer as a relay at the queue limit, and does not stack timers on repeated events', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.queue.timers).toEqual([{ incidentKey: 'ITOPS-1', delaySeconds: 900, dueAtMs: T0 + 45 * HOUR }]);
    expect((await reviewOf(h))!.timerAt).toBe(iso(T0 + HOUR + 900_000));
    h.clock.set(T0 + HOUR + 900_000);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.queue.timers).toHaveLength(2);
  });

  it('reminds the owner 4 h before due, then escalates to the managerial path when overdue, each once and logged', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    const pagesBefore = h.notifier.outbox.length;
    h.clock.set(T0 + 45 * HOUR);
    await evaluateIncident(h.deps, 'ITOPS-1');
    await evaluateIncident(h.deps, 'ITOPS-1');
    const reminder = h.notifier.outbox.slice(pagesBefore);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).toMatchObject({ targets: [{ type: 'user', accountId: 'agent-ana' }] });
    expect(reminder[0]!.subject).toMatch(/is due 2026-11-29T10:00:00.000Z/);
    h.clock.set(T0 + 49 * HOUR);
    await evaluateIncident(h.deps, 'ITOPS-1');
    await sweepReviews(h.deps);
    const overdue = h.notifier.outbox.slice(pagesBefore + 1);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.targets).toEqual([{ type: 'user', accountId: 'agent-ana' }, { type: 'user', accountId: 'manager-max' }]);
    expect(await reviewEvents(h)).toEqual(['reviewOpened', 'reviewReminded', 'reviewOverdue']);
    expect(await reviewOf(h)).toMatchObject({ remindedAt: iso(T0 + 45 * HOUR), overdueEscalatedAt: iso(T0 + 49 * HOUR), timerAt: null });
  });

  it('the sweep is the safety net: with every timer lost, it still reminds on time', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.clock.set(T0 + 45 * HOUR + 2 * 60_000);
    const r = await sweepReviews(h.deps);
    expect(r).toMatchObject({ checked: 1, failed: [], quarantined: [] });
    expect(await reviewEvents(h)).toEqual(['reviewOpened', 'reviewReminded']);
  });

  it('reopening pauses the clock; resolving again moves the due time by the time spent reopened', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.clock.set(T0 + 11 * HOUR);
    setStatus(h, 'new');
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(await reviewOf(h)).toMatchObject({ pausedAt: iso(T0 + 11 * HOUR), timerAt: null });
    // While paused, nothing is due, even past the original due time.
    h.clock.set(T0 + 50 * HOUR);
    expect(await sweepReviews(h.deps)).toMatchObject({ checked: 0 });
    const pages = h.notifier.outbox.length;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox.slice(pages).filter((m) => m.subject.includes('review'))).toEqual([]);
    setStatus(h, 'done');
    await evaluateIncident(h.deps, 'ITOPS-1');
    // Reopened for 39 h: due at T0+49h+39h.
    expect(await reviewOf(h)).toMatchObject({ pausedAt: null, pausedTotalMs: 39 * HOUR, dueAt: iso(T0 + 88 * HOUR) });
    expect(await reviewEvents(h)).toEqual(['reviewOpened', 'reviewPaused', 'reviewResumed']);
    expect(h.reviews.issues.created).toHaveLength(1);
  });

  it('a stored review that does not parse is reported alone; the others are still advanced', async () => {
    const h = await resolvedP1();
    await evaluateIncident(h.deps, 'ITOPS-1');
    h.reviews.store.records.set('ITOPS-9', { schema: 1, incidentKey: 'ITOPS-9', status: 'open', dueAt: 'soon' });
    h.clock.set(T0 + 45 * HOUR);
    const r = await sweepReviews(h.deps);
    expect(r.checked).toBe(1);
    expect(r.quarantined).toEqual([{ key: 'ITOPS-9', error: expect.stringMatching(/^issueKey: /) }]);
  });
});
