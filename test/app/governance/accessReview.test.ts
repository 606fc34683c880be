import { assignAccessReview, completeAccessReview, getAccessReviews, runAccessReviewNow, signOffFinding } from '../../../src/app/governance/accessReview/accessReviewAdmin.js';
import { REVIEW_COMPLETION_DAYS } from '../../../src/app/governance/accessReview/accessReviewsDue.js';
import { assessControls } from '../../../src/app/governance/controls/assessControls.js';
import { buildEvidencePack } from '../../../src/app/governance/evidencePack/buildEvidencePack.js';
import { governanceDaily } from '../../../src/app/governance/governanceDaily.js';
import { verifyTrail } from '../../../src/app/governance/trailAdmin.js';
import { withAuditTrail } from '../../../src/app/governance/withAuditTrail.js';
import { saveRoleMapping } from '../../../src/app/access/accessAdmin.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { SignOffFindingRequestSchema } from '../../../src/contracts/accessReview.js';
import { DEFAULT_ROLE_MAPPING } from '../../../src/domain/access/roleMapping.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';

const AUDITOR = { accountId: 'auditor-aud' };
const OTHER_AUDITOR = { accountId: 'auditor-oli' };
const DAY = 86_400_000;

/**
 * A fourth quarter of 2026 with one of each thing a review looks for: the auditors' group is
 * mapped (a role change), an agent is refused an audit run (a refusal) and an issue property
 * is tampered with (a bypass attempt, as the integrity code logs it). Then it is 1 January.
 */
async function q4History() {
  const h = await appHarness();
  const governance = new MemoryGovernanceStore();
  const deps = { ...h.deps, store: withAuditTrail(h.store, governance), governance };
  h.host.addUser(AUDITOR.accountId, { groups: ['compliance-auditors'], displayName: 'Audrey Auditor' });
  h.host.addUser(OTHER_AUDITOR.accountId, { groups: ['compliance-auditors'], displayName: 'Oliver Other' });
  h.clock.set(Date.parse('2026-12-01T09:00:00.000Z'));
  await saveRoleMapping(deps, ADMIN, { mapping: { ...DEFAULT_ROLE_MAPPING, auditor: { groups: ['compliance-auditors'], projectRoles: [] } }, reason: 'compliance auditors review escalations' });
  await expect(runAccessReviewNow(deps, AGENT, '2026-Q4')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await deps.store.appendAccessLog({ at: '2026-12-02T10:00:00.000Z', accountId: AGENT.accountId, action: 'bypassAttempt:escalationState', issueKey: 'ITOPS-2', allowed: false,
    reason: 'Issue property "escalationState" changed outside the app (level changed); restored from app storage.' });
  h.clock.set(Date.parse('2027-01-01T06:00:00.000Z'));
  return { h, deps, governance };
}

describe('the quarterly access review', () => {
  it('opens on 1 January for the fourth quarter with the bypass attempt, the refusal and the role change, chained into the trail', async () => {
    const { deps, governance } = await q4History();
    const daily = await governanceDaily(deps);
    expect(daily.accessReviews).toEqual({ opened: '2026-Q4', overdue: [] });
    const review = (await governance.getAccessReview('2026-Q4'))!;
    expect(review).toMatchObject({ status: 'open', openedBy: 'app:governance-daily', reviewer: null, revision: 1 });
    expect(review.findings.map((f) => [f.kind, f.severity, f.actor])).toEqual([
      ['bypassAttempt', 'high', AGENT.accountId],
      // Both at 09:00 on 1 December: same severity and time, so in the order of their ids.
      ['refusals', 'medium', AGENT.accountId],
      ['roleChange', 'medium', ADMIN.accountId],
    ]);
    const trail = [...governance.trail.values()];
    expect(trail.find((e) => e.kind === 'accessReview.opened')?.payload).toMatchObject({ quarter: '2026-Q4', findings: expect.arrayContaining([expect.objectContaining({ kind: 'bypassAttempt' })]) });
  });

  it('is idempotent: a second or late daily run leaves the review (and its sign-offs) alone', async () => {
    const { h, deps, governance } = await q4History();
    await governanceDaily(deps);
    const first = await governance.getAccessReview('2026-Q4');
    h.clock.set(Date.parse('2027-01-02T06:00:00.000Z'));
    expect((await governanceDaily(deps)).accessReviews.opened).toBeNull();
    expect(await governance.getAccessReview('2026-Q4')).toEqual(first);
    expect([...governance.trail.values()].filter((e) => e.kind === 'accessReview.opened')).toHaveLength(1);
  });

  it('assigns only someone who holds the auditor role, beside the reviewer field', async () => {
    const { deps } = await q4History();
    await governanceDaily(deps);
    await expect(assignAccessReview(deps, ADMIN, { quarter: '2026-Q4', reviewer: AGENT.accountId }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'reviewer', message: expect.stringContaining('does not hold the auditor role') }] });
    await expect(assignAccessReview(deps, AGENT, { quarter: '2026-Q4', reviewer: AUDITOR.accountId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const view = await assignAccessReview(deps, ADMIN, { quarter: '2026-Q4', reviewer: AUDITOR.accountId });
    expect(view.current).toMatchObject({ reviewer: AUDITOR.accountId, assignedBy: ADMIN.accountId });
    expect(view.current!.names[AUDITOR.accountId]).toBe('Audrey Auditor');
    expect(view.reviews).toEqual([{ quarter: '2026-Q4', status: 'open', reviewer: AUDITOR.accountId, findings: 3, unsigned: 3 }]);
  });

  it('lets only the assigned auditor sign findings off, once each, and complete the review once all are signed', async () => {
    const { deps, governance } = await q4History();
    await governanceDaily(deps);
    await assignAccessReview(deps, ADMIN, { quarter: '2026-Q4', reviewer: AUDITOR.accountId });
    const [bypass, refusal, roleChange] = (await governance.getAccessReview('2026-Q4'))!.findings;
    const req = { quarter: '2026-Q4', findingId: bypass!.id, outcome: 'actionNeeded' as const, note: 'Remove edit rights on ITOPS-2 from the agent; ticket ITOPS-99' };
    await expect(signOffFinding(deps, OTHER_AUDITOR, req)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('assigned to another auditor') });
    await expect(signOffFinding(deps, ADMIN, req)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await signOffFinding(deps, AUDITOR, req);
    // The same decision again (a retry after a lost answer) changes nothing and chains nothing twice.
    await signOffFinding(deps, AUDITOR, req);
    await expect(signOffFinding(deps, AUDITOR, { ...req, outcome: 'accepted', note: 'fine' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(completeAccessReview(deps, AUDITOR, { quarter: '2026-Q4', statement: 'Reviewed the quarter with the service owners.' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'findings' }] });
    await signOffFinding(deps, AUDITOR, { quarter: '2026-Q4', findingId: roleChange!.id, outcome: 'accepted', note: 'Planned: auditors mapped' });
    await signOffFinding(deps, AUDITOR, { quarter: '2026-Q4', findingId: refusal!.id, outcome: 'accepted', note: 'Agent clicked the wrong tab' });
    const done = await completeAccessReview(deps, AUDITOR, { quarter: '2026-Q4', statement: 'Reviewed the quarter with the service owners.' });
    expect(done.current).toMatchObject({ status: 'completed', completed: { by: AUDITOR.accountId } });
    expect(done.current!.findings.map((f) => [f.kind, f.signOff?.outcome, f.signOff?.by])).toEqual([
      ['bypassAttempt', 'actionNeeded', AUDITOR.accountId], ['refusals', 'accepted', AUDITOR.accountId], ['roleChange', 'accepted', AUDITOR.accountId]]);
    // Every sign-off and the completion are chained, each once, and the chain still verifies.
    expect(done.current!.findings.every((f) => typeof f.signOff?.trailSeq === 'number')).toBe(true);
    expect(typeof done.current!.completed!.trailSeq).toBe('number');
    const kinds = [...governance.trail.values()].map((e) => e.kind);
    expect(kinds.filter((k) => k === 'accessReview.findingSignedOff')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'accessReview.completed')).toHaveLength(1);
    // Completing again with the same attestation (a retry) is answered, and chains nothing twice.
    await completeAccessReview(deps, AUDITOR, { quarter: '2026-Q4', statement: 'Reviewed the quarter with the service owners.' });
    expect([...governance.trail.values()].filter((e) => e.kind === 'accessReview.completed')).toHaveLength(1);
    await expect(completeAccessReview(deps, AUDITOR, { quarter: '2026-Q4', statement: 'A different attestation after the fact.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await verifyTrail(deps, AUDITOR)).toMatchObject({ ok: true });
    await expect(signOffFinding(deps, AUDITOR, req)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(runAccessReviewNow(deps, AUDITOR, '2026-Q4')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('counts as evidence for the access-log control once completed', async () => {
    const { deps, governance } = await q4History();
    await governanceDaily(deps);
    const control = async () => (await assessControls(deps, AUDITOR, '2027-01')).controls.find((c) => c.control.id === 'iso27001-A.8.16')!;
    expect((await control()).status).toBe('gap');
    await assignAccessReview(deps, ADMIN, { quarter: '2026-Q4', reviewer: AUDITOR.accountId });
    for (const f of (await governance.getAccessReview('2026-Q4'))!.findings) {
      await signOffFinding(deps, AUDITOR, { quarter: '2026-Q4', findingId: f.id, outcome: 'accepted', note: 'Looked at it with the owner' });
    }
    await completeAccessReview(deps, AUDITOR, { quarter: '2026-Q4', statement: 'Reviewed the quarter with the service owners.' });
    const after = await control();
    expect(after.status).toBe('met');
    expect(after.checks[0]!.evidence).toEqual([{ kind: 'accessReview', id: '2026-Q4', label: 'Access review 2026-Q4 completed 2027-01-01' }]);
    // The month's evidence pack carries the review and its sign-offs.
    const pack = await buildEvidencePack(deps, AUDITOR, '2027-01');
    expect(pack.manifest.files.map((f) => f.name)).toEqual(expect.arrayContaining(['access-review-2026-Q4.json', 'access-review-findings.csv']));
  });

  it('keeps sign-offs when an open review is run again, and carries the reviewer over to the next quarter', async () => {
    const { h, deps, governance } = await q4History();
    await governanceDaily(deps);
    await assignAccessReview(deps, ADMIN, { quarter: '2026-Q4', reviewer: AUDITOR.accountId });
    const bypass = (await governance.getAccessReview('2026-Q4'))!.findings[0]!;
    await signOffFinding(deps, AUDITOR, { quarter: '2026-Q4', findingId: bypass.id, outcome: 'accepted', note: 'Test by the integrity team' });
    const rerun = await runAccessReviewNow(deps, AUDITOR, '2026-Q4');
    expect(rerun.current!.findings.find((f) => f.id === bypass.id)!.signOff).toMatchObject({ outcome: 'accepted' });
    await expect(runAccessReviewNow(deps, AUDITOR, '2027-Q2')).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'quarter' }] });
    h.clock.set(Date.parse('2027-04-01T06:00:00.000Z'));
    await governanceDaily(deps);
    expect(await governance.getAccessReview('2027-Q1')).toMatchObject({ reviewer: AUDITOR.accountId, assignedBy: 'app:carried-over' });
  });

  it(`reports a review left incomplete for ${REVIEW_COMPLETION_DAYS} days once, in the access log`, async () => {
    const { h, deps, governance } = await q4History();
    await governanceDaily(deps);
    h.clock.set(Date.parse('2027-01-01T06:00:00.000Z') + REVIEW_COMPLETION_DAYS * DAY);
    expect((await governanceDaily(deps)).accessReviews.overdue).toEqual(['2026-Q4']);
    h.clock.advance(24 * 60);
    expect((await governanceDaily(deps)).accessReviews.overdue).toEqual([]);
    expect((await governance.getAccessReview('2026-Q4'))!.escalatedAt).not.toBeNull();
    expect((await h.store.listAccessLog(100)).filter((e) => e.action === 'accessReviewOverdue')).toHaveLength(1);
  });

  it('refuses sign-off requests without a note, naming the note field', () => {
    const base = { quarter: '2026-Q4', findingId: 'x' };
    expect(SignOffFindingRequestSchema.safeParse({ ...base, outcome: 'accepted', note: ' ' }).error?.issues[0]).toMatchObject({ path: ['note'], message: 'say why it is acceptable (at least 3 characters)' });
    expect(SignOffFindingRequestSchema.safeParse({ ...base, outcome: 'actionNeeded', note: 'fix it' }).error?.issues[0]).toMatchObject({ path: ['note'] });
    expect(SignOffFindingRequestSchema.safeParse({ ...base, outcome: 'maybe', note: 'fine by me' }).error?.issues[0]).toMatchObject({ path: ['outcome'] });
    expect(SignOffFindingRequestSchema.safeParse({ ...base, outcome: 'accepted', note: 'fine by me' }).success).toBe(true);
  });

  it('lets viewers of governance read the reviews, and nobody else', async () => {
    const { deps } = await q4History();
    await governanceDaily(deps);
    expect((await getAccessReviews(deps, AUDITOR)).current?.quarter).toBe('2026-Q4');
    await expect(getAccessReviews(deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
