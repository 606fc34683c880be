import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewContent } from '../../contracts/reviewContent.js';
import { authorizeIssueAction } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { loadSettings } from '../policies/loadSettings.js';
import { advanceReview } from './advanceReview.js';
import { requireReview, reviewDeps } from './loadReview.js';
import type { ReviewDeps } from './openReview.js';
import { logReviewEvent } from './reviewEvent.js';
import { reviewSettingsOrDefault } from './reviewSettingsOrDefault.js';

/** The review, once the actor is allowed to change it (editReview role and Edit issues on the incident). */
export async function editableReview(deps: Deps, actor: Actor, issueKey: string): Promise<{ rd: ReviewDeps; review: ReviewRecord }> {
  const rd = reviewDeps(deps);
  const review = await requireReview(rd, issueKey);
  await authorizeIssueAction(deps, actor, 'editReview', review.incidentKey);
  return { rd, review };
}

function assertOpen(r: ReviewRecord): void {
  if (r.status !== 'open') throw new AppError('CONFLICT', `review ${r.issueKey} is completed; reopen it to change it`);
}

/** Saves what happened, impact, root cause and contributing factors. */
export async function saveReviewContent(deps: Deps, actor: Actor, issueKey: string, content: ReviewContent): Promise<ReviewRecord> {
  const { rd, review } = await editableReview(deps, actor, issueKey);
  assertOpen(review);
  const saved = { ...review, content };
  await rd.reviews.store.saveReview(saved);
  return saved;
}

/** Completes the review: its clock stops and it leaves the sweep's list. */
export async function completeReview(deps: Deps, actor: Actor, issueKey: string): Promise<ReviewRecord> {
  const { rd, review } = await editableReview(deps, actor, issueKey);
  assertOpen(review);
  if (review.content.whatHappened.trim() === '') throw new AppError('INVALID', 'content.whatHappened: say what happened before completing the review', [{ field: 'content.whatHappened', message: 'required to complete the review' }]);
  const now = new Date(deps.clock.now()).toISOString();
  const done: ReviewRecord = { ...review, status: 'completed', completedAt: now, completedBy: actor.accountId, timerAt: null };
  await rd.reviews.store.saveReview(done);
  await logReviewEvent(deps, review.incidentKey, 'reviewCompleted', `Review ${review.issueKey} completed with ${review.findings.length} finding(s).`, actor.accountId);
  return done;
}

/** Reopens a completed review, with a reason; its reminder and overdue steps resume. */
export async function reopenReview(deps: Deps, actor: Actor, issueKey: string, reason: string): Promise<ReviewRecord> {
  const { rd, review } = await editableReview(deps, actor, issueKey);
  if (review.status === 'open') throw new AppError('CONFLICT', `review ${review.issueKey} is already open`);
  const reopened: ReviewRecord = { ...review, status: 'open', completedAt: null, completedBy: null };
  await rd.reviews.store.saveReview(reopened);
  await logReviewEvent(deps, review.incidentKey, 'reviewReopened', `Review ${review.issueKey} reopened: ${reason}`, actor.accountId);
  return advanceReview(rd, reopened, await reviewSettingsOrDefault(rd.reviews.store), await loadSettings(deps.store, deps.coordination));
}
