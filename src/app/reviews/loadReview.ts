import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import type { ReviewDeps } from './openReview.js';

/** The review deps, or a clear refusal where reviews are not wired in. */
export function reviewDeps(deps: Deps): ReviewDeps {
  if (!deps.reviews) throw new AppError('NOT_FOUND', 'post-incident reviews are not available here');
  return deps as ReviewDeps;
}

/** The review of an incident, found by the incident's key or by the review issue's own key. */
export async function findReview(deps: ReviewDeps, issueKey: string): Promise<ReviewRecord | null> {
  const direct = await deps.reviews.store.getReview(issueKey);
  if (direct) return direct;
  const incidentKey = await deps.reviews.store.incidentOfReviewIssue(issueKey);
  return incidentKey === null ? null : deps.reviews.store.getReview(incidentKey);
}

export async function requireReview(deps: ReviewDeps, issueKey: string): Promise<ReviewRecord> {
  const r = await findReview(deps, issueKey);
  if (!r) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} has no post-incident review`);
  return r;
}
