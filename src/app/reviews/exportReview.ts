import type { ReviewExport } from '../../contracts/reviewView.js';
import { renderReviewHtml } from '../../domain/reviews/renderReviewHtml.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { reviewView } from './reviewView.js';

/** The review as Confluence-friendly HTML or as JSON (the record and its timeline), for download. */
export async function exportReview(deps: Deps, actor: Actor, issueKey: string, format: 'html' | 'json'): Promise<ReviewExport> {
  const view = await reviewView(deps, actor, issueKey);
  if (!view) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} has no post-incident review`);
  const base = `post-incident-review-${view.review.incidentKey}`;
  if (format === 'json') {
    const body = JSON.stringify({ review: view.review, owner: view.ownerName, timeline: view.timeline }, null, 2);
    return { filename: `${base}.json`, contentType: 'application/json', body };
  }
  return { filename: `${base}.html`, contentType: 'text/html', body: renderReviewHtml(view.review, view.timeline, view.ownerName) };
}
