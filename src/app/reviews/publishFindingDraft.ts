import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import { savePolicy } from '../policies/policyAdmin.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { publishReason } from './addFinding.js';
import { requireReview, reviewDeps } from './loadReview.js';
import { authorizeIssueAction } from '../access/authorize.js';

/**
 * Publishes a finding's draft policy version through the policy admin use case (which checks
 * the policy admin role, validates, and refuses when someone published another version since
 * the draft was made), with the finding as the version's reason, and records the version.
 */
export async function publishFindingDraft(deps: Deps, actor: Actor, issueKey: string, findingId: string): Promise<ReviewRecord> {
  const rd = reviewDeps(deps);
  const review = await requireReview(rd, issueKey);
  await authorizeIssueAction(deps, actor, 'viewPanel', review.incidentKey);
  const finding = review.findings.find((f) => f.id === findingId);
  if (!finding) throw new AppError('NOT_FOUND', `findingId: review ${review.issueKey} has no finding ${findingId}`);
  const action = finding.action;
  if (action.kind !== 'policyChange') throw new AppError('INVALID', `findingId: ${findingId} proposes no policy change`);
  if (action.publishedVersion !== null) throw new AppError('CONFLICT', `${findingId} was already published as version ${action.publishedVersion}`);
  const summary = await savePolicy(deps, actor, { policy: action.draft, expectedVersion: action.baseVersion, reason: publishReason(review, finding) });
  const published = { ...action, publishedVersion: summary.version, publishedBy: actor.accountId };
  const saved = { ...review, findings: review.findings.map((f) => (f.id === findingId ? { ...f, action: published } : f)) };
  await rd.reviews.store.saveReview(saved);
  return saved;
}
