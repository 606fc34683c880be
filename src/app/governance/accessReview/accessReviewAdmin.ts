import type { AccessReview, AccessReviewsView, SignOffFindingRequest } from '../../../contracts/accessReview.js';
import { quarterOf } from '../../../domain/governance/accessReview/quarter.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { accessReviewsView } from './accessReviewView.js';
import { chainReviewStep } from './chainReviewStep.js';
import { holdsReviewerRole, openAccessReview, type AccessReviewDeps } from './openAccessReview.js';

export async function getAccessReviews(deps: AccessReviewDeps, actor: Actor, quarter?: string): Promise<AccessReviewsView> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'getAccessReviews');
  return accessReviewsView(deps, quarter);
}

/** On demand for any started quarter; a second run of an open review refreshes it and keeps sign-offs. */
export async function runAccessReviewNow(deps: AccessReviewDeps, actor: Actor, quarter: string): Promise<AccessReviewsView> {
  await authorizeSiteAction(deps, actor, 'runAccessReview');
  if (quarter > quarterOf(deps.clock.now())) throw new AppError('INVALID', `${quarter} has not started yet`, [{ field: 'quarter', message: 'choose a quarter that has started' }]);
  await openAccessReview(deps, quarter, actor.accountId, true);
  return accessReviewsView(deps, quarter);
}

/** Chooses the auditor who signs the review off; they must hold the auditor role now. */
export async function assignAccessReview(deps: AccessReviewDeps, actor: Actor, req: { quarter: string; reviewer: string }): Promise<AccessReviewsView> {
  await authorizeSiteAction(deps, actor, 'runAccessReview', 'assignAccessReview');
  const review = await openReview(deps, req.quarter);
  const user = await deps.host.getUser(req.reviewer);
  if (!user || !user.active) throw new AppError('INVALID', 'the reviewer must be an active Jira user', [{ field: 'reviewer', message: 'choose an active Jira user' }]);
  if (!(await holdsReviewerRole(deps, req.reviewer))) {
    throw new AppError('INVALID', `${user.displayName} does not hold the auditor role`, [{ field: 'reviewer', message: `${user.displayName} does not hold the auditor role; map them to auditors first` }]);
  }
  const at = new Date(deps.clock.now()).toISOString();
  const next: AccessReview = { ...review, revision: review.revision + 1, reviewer: req.reviewer, assignedBy: actor.accountId, assignedAt: at };
  await save(deps, next);
  await recordAdminChange(deps, actor, 'assignAccessReview', null, `access review of ${req.quarter} assigned to ${req.reviewer} (${user.displayName})`);
  await chainReviewStep(deps, req.quarter, at, 'accessReview.assigned', { quarter: req.quarter, reviewer: req.reviewer, by: actor.accountId }, null);
  return accessReviewsView(deps, req.quarter);
}

/**
 * The assigned reviewer's decision on one finding. Repeating the same decision (a retry after
 * a lost answer) is accepted and finishes chaining it; a different decision on a signed finding
 * is refused, so a sign-off is never silently rewritten.
 */
export async function signOffFinding(deps: AccessReviewDeps, actor: Actor, req: SignOffFindingRequest): Promise<AccessReviewsView> {
  await authorizeSiteAction(deps, actor, 'signOffAccessReview', 'signOffAccessFinding');
  const review = await openReview(deps, req.quarter);
  assertReviewer(review, actor);
  const finding = review.findings.find((f) => f.id === req.findingId);
  if (!finding) throw new AppError('NOT_FOUND', 'no such finding in this review', [{ field: 'findingId', message: 'not a finding of this review' }]);
  const same = finding.signOff && finding.signOff.by === actor.accountId && finding.signOff.outcome === req.outcome && finding.signOff.note === req.note;
  if (finding.signOff && !same) throw new AppError('CONFLICT', `this finding was signed off on ${finding.signOff.at}; it cannot be changed`);
  let current = review;
  const at = finding.signOff?.at ?? new Date(deps.clock.now()).toISOString();
  if (!finding.signOff) {
    current = { ...review, revision: review.revision + 1, findings: review.findings.map((f) => (f.id === finding.id ? { ...f, signOff: { outcome: req.outcome, note: req.note, by: actor.accountId, at, trailSeq: null } } : f)) };
    await save(deps, current);
  }
  if (finding.signOff?.trailSeq == null) {
    await chainReviewStep(deps, req.quarter, at, 'accessReview.findingSignedOff', {
      quarter: req.quarter, findingId: finding.id, kind: finding.kind, severity: finding.severity, actor: finding.actor, outcome: req.outcome, note: req.note, by: actor.accountId,
    }, (r, seq) => ({ ...r, findings: r.findings.map((f) => (f.id === finding.id && f.signOff ? { ...f, signOff: { ...f.signOff, trailSeq: seq } } : f)) }));
  }
  return accessReviewsView(deps, req.quarter);
}

/** Closes the review with the reviewer's attestation, once every finding is signed off. */
export async function completeAccessReview(deps: AccessReviewDeps, actor: Actor, req: { quarter: string; statement: string }): Promise<AccessReviewsView> {
  await authorizeSiteAction(deps, actor, 'signOffAccessReview', 'completeAccessReview');
  const stored = await deps.governance.getAccessReview(req.quarter);
  const c = stored?.completed;
  // The same completion again (a retry after a lost answer) only finishes chaining it.
  if (stored && c && c.by === actor.accountId && c.statement === req.statement) {
    if (c.trailSeq === null) await chainCompletion(deps, stored, c.at, actor, req.statement);
    return accessReviewsView(deps, req.quarter);
  }
  const review = await openReview(deps, req.quarter);
  assertReviewer(review, actor);
  const unsigned = review.findings.filter((f) => f.signOff === null).length;
  if (unsigned > 0) throw new AppError('INVALID', `${unsigned} finding${unsigned === 1 ? ' is' : 's are'} not signed off yet`, [{ field: 'findings', message: 'sign off every finding before completing the review' }]);
  const at = new Date(deps.clock.now()).toISOString();
  await save(deps, { ...review, revision: review.revision + 1, status: 'completed', completed: { by: actor.accountId, at, statement: req.statement, trailSeq: null } });
  await chainCompletion(deps, review, at, actor, req.statement);
  return accessReviewsView(deps, req.quarter);
}

async function chainCompletion(deps: AccessReviewDeps, review: AccessReview, at: string, actor: Actor, statement: string): Promise<void> {
  await chainReviewStep(deps, review.quarter, at, 'accessReview.completed', {
    quarter: review.quarter, by: actor.accountId, statement,
    outcomes: review.findings.map((f) => ({ id: f.id, outcome: f.signOff?.outcome ?? null })),
  }, (r, seq) => (r.completed ? { ...r, completed: { ...r.completed, trailSeq: seq } } : r));
}

async function openReview(deps: AccessReviewDeps, quarter: string): Promise<AccessReview> {
  const review = await deps.governance.getAccessReview(quarter);
  if (!review) throw new AppError('NOT_FOUND', `no access review of ${quarter} yet`, [{ field: 'quarter', message: 'run the review for this quarter first' }]);
  if (review.status === 'completed') throw new AppError('CONFLICT', `the access review of ${quarter} is completed`);
  return review;
}

function assertReviewer(review: AccessReview, actor: Actor): void {
  if (review.reviewer === null) throw new AppError('CONFLICT', `the access review of ${review.quarter} has no reviewer yet; assign one first`);
  if (review.reviewer !== actor.accountId) throw new AppError('FORBIDDEN', `the access review of ${review.quarter} is assigned to another auditor`);
}

async function save(deps: AccessReviewDeps, next: AccessReview): Promise<void> {
  const saved = await deps.governance.saveAccessReview(next);
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed this review; reload it and try again');
}
