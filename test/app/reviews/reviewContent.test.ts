import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { addFinding } from '../../../src/app/reviews/addFinding.js';
import { exportReview } from '../../../src/app/reviews/exportReview.js';
import { publishFindingDraft } from '../../../src/app/reviews/publishFindingDraft.js';
import { completeReview, reopenReview, saveReviewContent } from '../../../src/app/reviews/reviewCommands.js';
import { reviewView } from '../../../src/app/reviews/reviewView.js';
import { emptyReviewContent } from '../../../src/contracts/reviewContent.js';
import { ADMIN, AGENT, CUSTOMER, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt, T0 } from '../../support/builders.js';

const HOUR = 3_600_000;
const P1 = { impact: 'Extensive / Widespread', urgency: 'Critical' };

async function withReview() {
  const h = await appHarness();
  h.host.addUser('agent-ana', { displayName: 'Ana Agent', groups: ['jira-servicemanagement-users'], roles: { ITOPS: ['Service Desk Team'] } });
  h.host.put(anIncident({ ...P1, slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, 'ITOPS-1');
  h.clock.advance(12);
  await acknowledge(h.deps, AGENT, 'ITOPS-1');
  h.clock.set(T0 + HOUR);
  h.host.put({ ...h.host.incidents.get('ITOPS-1')!, statusCategory: 'done' });
  await evaluateIncident(h.deps, 'ITOPS-1');
  const review = (await h.reviews.store.getReview('ITOPS-1'))!;
  return { ...h, reviewKey: review.issueKey };
}

describe('the review page', () => {
  it('shows the timeline with stage durations and names, found from the incident or the review issue', async () => {
    const h = await withReview();
    const v = (await reviewView(h.deps, AGENT, 'ITOPS-1'))!;
    expect(v.ownerName).toBe('Ana Agent');
    expect(v.timeline.timeToAckMs).toBe(12 * 60_000);
    expect(v.timeline.stages.map((s) => s.label)).toEqual([
      'Triggered, waiting for the first page', 'executive level 1 paged, waiting for acknowledgement', 'Acknowledged, working to resolve']);
    expect(v.timeline.entries.find((e) => e.type === 'acknowledged')?.actorName).toBe('Ana Agent');
    expect(v.permissions.edit).toEqual({ allowed: true });
    expect((await reviewView(h.deps, AGENT, h.reviewKey))?.review.incidentKey).toBe('ITOPS-1');
  });

  it('refuses a customer, and says null for an incident without a review', async () => {
    const h = await withReview();
    await expect(reviewView(h.deps, CUSTOMER, 'ITOPS-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    h.host.put(anIncident({ key: 'ITOPS-2' }));
    expect(await reviewView(h.deps, AGENT, 'ITOPS-2')).toBeNull();
  });
});

describe('content, findings, completion and export', () => {
  it('saves structured content; completing needs what happened; a completed review refuses edits until reopened', async () => {
    const h = await withReview();
    await expect(completeReview(h.deps, AGENT, 'ITOPS-1')).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'content.whatHappened' }] });
    const content = { ...emptyReviewContent, whatHappened: 'A bad deploy broke card payments.', rootCause: { category: 'change' as const, description: 'Deploy 412' },
      contributingFactors: [{ category: 'configuration' as const, description: 'Canary disabled' }] };
    await saveReviewContent(h.deps, AGENT, 'ITOPS-1', content);
    h.clock.advance(30);
    const done = await completeReview(h.deps, AGENT, 'ITOPS-1');
    expect(done).toMatchObject({ status: 'completed', completedBy: 'agent-ana' });
    expect((await h.reviews.store.listOpenReviews()).reviews).toEqual([]);
    await expect(saveReviewContent(h.deps, AGENT, 'ITOPS-1', content)).rejects.toMatchObject({ code: 'CONFLICT' });
    h.clock.advance(30);
    const reopened = await reopenReview(h.deps, AGENT, 'ITOPS-1', 'root cause was wrong');
    expect(reopened.status).toBe('open');
    expect((await h.store.listEvents('ITOPS-1')).filter((e) => e.type.startsWith('review')).map((e) => e.type)).toEqual(['reviewOpened', 'reviewCompleted', 'reviewReopened']);
  });

  it('a finding with a Jira action opens an issue linked to the review', async () => {
    const h = await withReview();
    const r = await addFinding(h.deps, AGENT, { issueKey: 'ITOPS-1', type: 'runbook', description: 'The runbook named the old database host', action: { kind: 'jiraIssue', summary: 'Update the payments runbook' } });
    const created = h.reviews.issues.created.at(-1)!;
    expect(r.findings).toEqual([expect.objectContaining({ id: 'F1', type: 'runbook', action: { kind: 'jiraIssue', issueKey: created.key } })]);
    expect(h.reviews.issues.links).toContainEqual({ type: 'Relates', from: created.key, to: h.reviewKey });
  });

  it('a proposed policy change opens a prefilled draft; publishing it records the finding as the version\'s reason', async () => {
    const h = await withReview();
    const r = await addFinding(h.deps, AGENT, { issueKey: 'ITOPS-1', type: 'threshold', description: 'Executive level 1 waited too long', action: { kind: 'policyChange', policyId: 'default', change: { path: 'executive', level: 1, ackTimeoutMinutes: 5 } } });
    const action = r.findings[0]!.action;
    expect(action).toMatchObject({ kind: 'policyChange', baseVersion: 1, publishedVersion: null });
    if (action.kind !== 'policyChange') throw new Error('expected a policy change');
    expect(action.draft.paths.executive.levels[0]!.ackTimeoutMinutes).toBe(5);
    expect((await h.store.getPolicy('default'))!.version).toBe(1);
    // An agent may propose but not publish: publishing is a policy admin's.
    await expect(publishFindingDraft(h.deps, AGENT, 'ITOPS-1', 'F1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    h.host.permissions.set(ADMIN.accountId, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    const published = await publishFindingDraft(h.deps, ADMIN, 'ITOPS-1', 'F1');
    expect(published.findings[0]!.action).toMatchObject({ publishedVersion: 2, publishedBy: ADMIN.accountId });
    const v2 = (await h.store.getPolicy('default'))!;
    expect(v2.reason).toMatch(/^Finding F1 \(threshold\) of post-incident review .* for ITOPS-1: Executive level 1 waited too long — executive level 1: acknowledgement timeout 5 min$/);
    expect(v2.policy.paths.executive.levels[0]!.ackTimeoutMinutes).toBe(5);
    await expect(publishFindingDraft(h.deps, ADMIN, 'ITOPS-1', 'F1')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a change to a level the path does not have, naming the field', async () => {
    const h = await withReview();
    await expect(addFinding(h.deps, AGENT, { issueKey: 'ITOPS-1', type: 'threshold', description: 'x level', action: { kind: 'policyChange', policyId: 'default', change: { path: 'executive', level: 7, delayMinutes: 5 } } }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'action.change.level' }] });
  });

  it('exports escaped HTML and JSON', async () => {
    const h = await withReview();
    await saveReviewContent(h.deps, AGENT, 'ITOPS-1', { ...emptyReviewContent, whatHappened: 'Checkout <script>alert(1)</script> failed' });
    const html = await exportReview(h.deps, AGENT, 'ITOPS-1', 'html');
    expect(html).toMatchObject({ filename: 'post-incident-review-ITOPS-1.html', contentType: 'text/html' });
    expect(html.body).toContain('Checkout &lt;script&gt;alert(1)&lt;/script&gt; failed');
    expect(html.body).not.toContain('<script>');
    expect(html.body).toContain('Time to acknowledge: 12 min');
    const json = JSON.parse((await exportReview(h.deps, AGENT, 'ITOPS-1', 'json')).body) as { review: { incidentKey: string }; timeline: { stages: unknown[] } };
    expect(json.review.incidentKey).toBe('ITOPS-1');
    expect(json.timeline.stages).toHaveLength(3);
  });
});

describe('review settings', () => {
  it('a policy admin changes which escalations need a review, with a logged reason; an agent may read but not change them', async () => {
    const { getReviewSettings, saveReviewSettings } = await import('../../../src/app/reviews/reviewSettingsAdmin.js');
    const h = await appHarness();
    expect(await getReviewSettings(h.deps, AGENT)).toMatchObject({ priorities: ['P1', 'P2'], paths: ['managerial', 'executive'], dueHours: 48 });
    await expect(saveReviewSettings(h.deps, AGENT, { priorities: ['P1'] }, 'fewer reviews')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveReviewSettings(h.deps, ADMIN, { dueHours: 0 }, 'too soon')).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'settings.dueHours' }] });
    const saved = await saveReviewSettings(h.deps, ADMIN, { priorities: ['P1'], services: ['Payments'] }, 'Reviews for Payments P1s only');
    expect(saved).toMatchObject({ priorities: ['P1'], services: ['Payments'], dueHours: 48, issueType: 'Task' });
    expect((await h.store.listAccessLog(5))[0]).toMatchObject({ action: 'saveReviewSettings', allowed: true, reason: 'Reviews for Payments P1s only' });
  });
});
