import { previousQuarter } from '../../../domain/governance/accessReview/quarter.js';
import { openAccessReview, type AccessReviewDeps } from './openAccessReview.js';

/** Days a review may stay incomplete after it opened before it is reported overdue. */
export const REVIEW_COMPLETION_DAYS = 14;

/**
 * The daily run's share of access reviews: opens the last quarter's review when it has none
 * yet (the first run of a quarter, or a late one), and reports reviews left incomplete past
 * REVIEW_COMPLETION_DAYS once each, in the access log and on the page.
 */
export async function accessReviewsDue(deps: AccessReviewDeps): Promise<{ opened: string | null; overdue: string[] }> {
  const now = deps.clock.now();
  const quarter = previousQuarter(now);
  let opened: string | null = null;
  if ((await deps.governance.getAccessReview(quarter)) === null) {
    opened = (await openAccessReview(deps, quarter, 'app:governance-daily')).quarter;
  }
  const overdue: string[] = [];
  for (const r of await deps.governance.listAccessReviews()) {
    if (r.status !== 'open' || r.escalatedAt !== null || now - Date.parse(r.openedAt) < REVIEW_COMPLETION_DAYS * 86_400_000) continue;
    const saved = await deps.governance.saveAccessReview({ ...r, revision: r.revision + 1, escalatedAt: new Date(now).toISOString() });
    if (!saved.saved) continue;
    overdue.push(r.quarter);
    await deps.store.appendAccessLog({ at: new Date(now).toISOString(), accountId: 'app:governance-daily', action: 'accessReviewOverdue', issueKey: null, allowed: true,
      reason: `the access review of ${r.quarter} has waited ${REVIEW_COMPLETION_DAYS} days; ${r.reviewer ? `assigned to ${r.reviewer}` : 'no reviewer assigned'}, ${r.findings.filter((f) => f.signOff === null).length} findings not signed off` });
  }
  return { opened, overdue };
}
